package main

func main() {
	var x int = 3
	var u8 uint8 = 200
	println(x<<70, x>>70, -x>>70, u8<<9, u8>>1, x<<uint8(2))
	var f float64 = 1e300
	println(f*f, -f*f, f/f)
	var a [3]int
	a[1] = 7
	b := a
	b[2] = 9
	println(a[1], a[2], b[2], len(a), a == b)
	i := 5
	println(a[i])
}
