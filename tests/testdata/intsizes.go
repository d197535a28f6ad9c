package main

func ops(a, b int, c, d int32, e, f uint8, n uint) {
	println(a+b, a-b, a*b, a/b, a%b, a<<n, a>>n, a&b, a|b, a^b, a&^b)
	println(c+d, c-d, c*d, c/d, c%d, c<<n, c>>n, c&d, c|d, c^d)
	println(e+f, e-f, e*f, e/f, e%f, e<<n, e>>n, e&f, e|f, e^f)
}

func main() {
	ops(9223372036854775807, 3, 2147483647, 7, 200, 100, 3)
	ops(-9223372036854775808, -1, -2147483648, -1, 7, 250, 70)
	ops(-7, 2, -7, 2, 255, 16, 8)
	ops(-5, 64, -5, 32, 129, 8, 64)
	ops(-5, 64, -5, 32, 129, 8, 32)
}
