// Multiple return values: returned, assigned, passed on, and partly discarded.
package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(x, y string) (string, string) {
	return y, x
}

func minMax(a []int) (min, max int) {
	min, max = a[0], a[0]
	for _, v := range a {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	a, b := swap("left", "right")
	println(a, b)
	_, r2 := divmod(-17, 5)
	println(r2)
	lo, hi := minMax([]int{3, -8, 12, 0})
	println(lo, hi)
}
