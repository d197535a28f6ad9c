// gc's evaluation order in printed SSA (EvalOrder): the method value's call and the
// receives come before the loads of c.n and g, in source order, and && is built first.
package main

type counter struct{ n int }

func (c *counter) inc() int {
	c.n++
	return c.n
}

var g int

func set(v int) int {
	g = v
	return v
}

func main() {
	c := &counter{}
	m := c.inc
	println(c.n, m())
	ch := make(chan int, 2)
	println(g, <-ch, set(1), <-ch)
	println(g > 0, g == 0 && set(2) == 2)
}
