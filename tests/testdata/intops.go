// Integer arithmetic with Go's wrapping and truncation for int, int32 and uint8:
// + - * / % << >> & | ^ &^, unary - and ^, signed division rounding toward zero.
package main

func ints(a, b int) {
	println(a+b, a-b, a*b, a/b, a%b)
	println(a<<3, a>>2, a&b, a|b, a^b, a&^b, -a, ^a)
}

func int32s(a, b int32) {
	println(a+b, a-b, a*b, a/b, a%b)
	println(a<<3, a>>2, a&b, a|b, a^b, a&^b, -a, ^a)
}

func uint8s(a, b uint8) {
	println(a+b, a-b, a*b, a/b, a%b)
	println(a<<3, a>>2, a&b, a|b, a^b, a&^b, -a, ^a)
}

func main() {
	ints(100, 7)
	ints(-100, 7)
	ints(9223372036854775807, 2)
	ints(-9223372036854775808, -1)

	int32s(100, 7)
	int32s(-100, -7)
	int32s(2147483647, 3)
	int32s(-2147483648, -1)

	uint8s(200, 100)
	uint8s(3, 250)
	uint8s(255, 16)

	var s uint = 70
	var x int = 1
	println(x<<s, x<<63, -x>>s, uint8(1)<<s)
	var big int = 300
	println(int32(big*10000000), uint8(big), int8(big), uint32(-big))
}
