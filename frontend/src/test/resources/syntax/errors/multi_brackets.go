package main

func main() {
	x := []int{
		1,
		2 +,
		3,
	}
	println(x[0]
	println(x[1])
	println(x[2]]
}
