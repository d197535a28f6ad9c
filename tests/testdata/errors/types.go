package main

func f() (int, string) {
	return 1, "a"
}

func main() {
	var s string = 5
	n := f()
	println(undefinedName, s, n)
	var unused int
}
