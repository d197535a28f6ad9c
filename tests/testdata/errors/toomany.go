package main

func main() {
	var a1 int = "s"
	var a2 int = "s"
	var a3 int = "s"
	var a4 int = "s"
	var a5 int = "s"
	var a6 int = "s"
	var a7 int = "s"
	var a8 int = "s"
	var a9 int = "s"
	var a10 int = "s"
	var a11 int = "s"
	println(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11)
}
