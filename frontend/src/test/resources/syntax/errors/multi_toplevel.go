package main

var x = )

func f() {
	y := ]
}

var z = 1 +
