// gc's evaluation order where the spec leaves it open (cmd/compile/internal/walk/order.go):
// in an expression list, assignment, return, composite literal, print/println, binary
// operation, index or call argument list, the function calls, method calls and channel
// receives are evaluated first, in order, then the remaining operands.
package main

type counter struct{ n int }

func (c *counter) inc() int {
	c.n++
	return c.n
}

var g int

func setG(v int) int {
	g = v
	return v
}

func trace(s string, v int) int {
	println("  eval", s)
	return v
}

type pair struct{ a, b int }

func retPair(c *counter) (int, int) {
	return c.n, c.inc()
}

func lits(c *counter) {
	p := pair{c.n, c.inc()}
	println("struct literal:", p.a, p.b)
	arr := [3]int{c.n, c.inc(), c.n}
	println("array literal:", arr[0], arr[1], arr[2])
	s := []int{c.n, c.inc()}
	println("slice literal:", s[0], s[1])
	m := map[int]int{0: c.n, 1: c.inc()}
	println("map literal:", m[0], m[1])
	pp := &pair{b: c.inc(), a: c.n}
	println("pointer literal:", pp.a, pp.b)
}

func args(a, b, c int) { println("args:", a, b, c) }

func main() {
	c := &counter{}
	m := c.inc
	println("println:", c.n, m())
	print("print: ", c.n, " ", m(), "\n")
	args(c.n, c.inc(), c.n)

	x, y := c.n, c.inc()
	println("define:", x, y)
	x, y = c.n, c.inc()
	println("assign:", x, y)
	var v1, v2 = c.n, c.inc()
	println("var:", v1, v2)

	a, b := retPair(c)
	println("return:", a, b)

	lits(c)

	g = 1
	sum := g + setG(10)
	println("binary:", sum)
	g = 1
	cmp := g == setG(1)
	println("comparison:", cmp)
	g = 2
	sum = g*100 + setG(3)*10 + g
	println("binary chain:", sum)

	arr := []int{10, 20, 30}
	i := 0
	bump := func() int { i++; return i }
	println("index:", arr[i], bump(), arr[i])

	mp := map[int]int{1: 100, 2: 200}
	k := 1
	nextKey := func() int { k++; return k }
	println("map index:", mp[k], nextKey(), mp[k])

	println("traced:", trace("a", 1)+trace("b", 2), trace("c", 3))

	n := 0
	inc := func() int { n++; return n }
	n += inc()
	println("op-assign:", n)
	xs := []int{0, 0, 0}
	j := 0
	next := func() int { j++; return j }
	xs[j] = next()
	println("index assign:", xs[0], xs[1], xs[2])
	xs[j], j = next(), 0
	println("tuple assign:", xs[0], xs[1], xs[2], j)
	ys := []int{1, 2, 3}
	q := 0
	ys[q], q = 9, 2
	println("tuple index first:", ys[0], ys[1], ys[2], q)
	var pv = new(int)
	other := new(int)
	pv, *pv = other, 5
	println("tuple deref first:", *pv, *other)
	t1, t2 := 1, 2
	t1, t2 = t2, t1
	println("swap:", t1, t2)
	ok := g > 0 && setG(0) == 0
	println("and:", ok, g)
}
