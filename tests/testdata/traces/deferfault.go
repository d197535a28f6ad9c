// A nil dereference in a function called by a deferred call that recovered a division
// by zero: the frames below the deferred call include the "panic" frame.

package main

type T struct{ x int }

func deref(p *T) int {
	return p.x
}

var z int

func div(a int) int { return a / z }

func main() {
	defer func() {
		recover()
		var q *T
		println(deref(q))
	}()
	println(div(3))
}
