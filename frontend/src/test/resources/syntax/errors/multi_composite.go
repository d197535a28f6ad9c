package main

func a() {
	x := map[string]int{
		"a": 1,
		"b" 2,
		"c": 3,
	}
	_ = x
}

func b() {
	y := func() int {
		return 1 +
	}
	_ = y
	z := [3]int{1 2 3}
}
