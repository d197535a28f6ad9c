package main

func main() {
	x := 1 +
	}
	println("after")
	y := (2 *
	)
}
