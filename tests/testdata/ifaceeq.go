package main

type P struct {
	x int
	s string
}

type E interface{ M() }

type V int

func (V) M() {}

func main() {
	var a, b interface{} = 1, 1
	var c interface{} = "1"
	var d interface{} = P{1, "a"}
	var e interface{} = P{1, "a"}
	var n interface{}
	p := &P{}
	var q interface{} = p
	var r interface{} = p
	println(a == b, a == c, d == e, n == nil, a == n, q == r, d != e)
	var x, y E = V(1), V(1)
	var z E = V(2)
	println(x == y, x == z, x != nil)
	var s1 interface{} = []int{1}
	println(s1 == s1)
}
