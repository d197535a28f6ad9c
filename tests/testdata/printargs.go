package main

func main() {
	println("hello, world")
	println(1, true, 2.5, 'x', "s")
	print("no newline\n")
}
