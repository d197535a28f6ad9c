package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) { return b, a }

func minmax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for i := 1; i < len(xs); i++ {
		if xs[i] < lo {
			lo = xs[i]
		}
		if xs[i] > hi {
			hi = xs[i]
		}
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	x, y := swap("a", "b")
	println(x, y)
	lo, hi := minmax([]int{3, -1, 8, 2})
	println(lo, hi)
}
