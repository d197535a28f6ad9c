// Frames of functions inlined into their callers are still listed, each with its own line.

package main

type T struct{ x int }

//go:noinline
func deref(p *T) int {
	return p.x
}

func level2(a []int, i int) int {
	return a[i]
}

func level1(n int) int {
	s := make([]int, n)
	return level2(s, n+1)
}

func main() {
	println(level1(3))
	println(deref(nil))
}
