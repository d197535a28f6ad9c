// A panic under recursive calls: the trace names every frame, innermost first, with the
// line of the panic and of each call.

package main

func f(n int) int {
	if n == 0 {
		panic("boom")
	}
	return f(n-1) * 2
}

func main() {
	println(f(2))
}
