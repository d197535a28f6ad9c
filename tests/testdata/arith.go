package main

func ints(a, b int) {
	println(a+b, a-b, a*b, a/b, a%b, a<<3, a>>1, a&b, a|b, a^b, a&^b, -a, ^a)
}

func int32s(a, b int32) {
	println(a+b, a-b, a*b, a/b, a%b, a<<3, a>>1, a&b, a|b, a^b)
}

func uint8s(a, b uint8) {
	println(a+b, a-b, a*b, a/b, a%b, a<<3, a>>1, a&b, a|b, a^b)
}

func main() {
	ints(100, 7)
	int32s(-100, 7)
	uint8s(200, 7)
	var s uint = 2
	x := 1 << s
	println(x, int32(x)+1, uint8(x)*100)
}
