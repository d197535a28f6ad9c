package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	s, c := named(3)
	println(s, c)
	x, y := swap("a", "b")
	println(x, y)
	_, r2 := divmod(9, 4)
	println(r2)
}
