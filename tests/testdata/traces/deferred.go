// A panic raised by a deferred call while another panic runs it: gc shows the deferred
// function, then the first panic's "panic" frame, then the function it interrupted.

package main

var zero int

func divide(n int) int {
	defer func() {
		panic("in defer")
	}()
	return n / zero
}

func main() {
	println(divide(7))
}
