package main

// Deferred calls run last in, first out; their arguments are evaluated at the defer
// statement; deferred closures see later changes; defer in a loop; named results changed
// by deferred calls; a deferred method call and a deferred builtin.

type counter struct{ n int }

func (c *counter) show(label string) { println(label, c.n) }

func order() {
	for i := 0; i < 4; i++ {
		defer println("loop", i)
	}
	x := 1
	defer println("evaluated early:", x)
	defer func() { println("closure sees:", x) }()
	x = 2
	c := &counter{n: 10}
	defer c.show("method")
	c.n = 11
	println("body done")
}

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func tripleAdd(a int) (s int, t string) {
	defer func() {
		s += 100
		t += "!"
	}()
	s = a * 3
	t = "three"
	return
}

func noDefersRun(n int) int {
	if n > 0 {
		defer println("deferred only on this path", n)
	}
	return n + 1
}

func main() {
	order()
	println(double())
	s, t := tripleAdd(5)
	println(s, t)
	println(noDefersRun(0))
	println(noDefersRun(7))
	defer println("main exits")
}
