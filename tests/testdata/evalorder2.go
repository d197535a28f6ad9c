// gc's order for assignments that panic: calls first, then the right side, then each
// destination's address and its nil, bounds or map check, one destination at a time
// (walk/order.go, walk/assign.go ascompatee, ssagen OAS).
package main

var g int
var log string

func f(s string, v int) int {
	log += s
	return v
}

func try(name string, fn func()) {
	defer func() {
		r := recover()
		println(name, "log:", log, "g:", g, "panicked:", r != nil)
		log = ""
		g = 0
	}()
	fn()
}

type T struct{ x, y int }

func named(c *int) (a, b int) {
	defer func() { a *= 10 }()
	return *c, f("n", 5)
}

func main() {
	try("nil map store", func() {
		var m map[int]int
		m[f("k", 1)] = f("v", 2)
	})
	try("index out of range", func() {
		s := []int{1}
		s[f("i", 5)] = f("v", 2)
	})
	try("tuple bounds late", func() {
		s := []int{1}
		g, s[5] = 7, f("v", 2)
	})
	try("tuple nil deref late", func() {
		var p *int
		g, *p = 8, f("v", 3)
	})
	try("nil struct field", func() {
		var p *T
		p.x = f("v", 1)
	})
	try("divide", func() {
		z := 0
		g = f("a", 1) / z
	})
	c := 3
	a, b := named(&c)
	println("named results:", a, b)
	arr := [3]int{}
	i := 0
	arr[i], i = f("x", 1), f("y", 2)
	println("array tuple:", arr[0], arr[1], arr[2], i, log)
	log = ""
	s := []string{"a", "b"}
	s = append(s, s[0]+log+string(rune('0'+f("c", 1))))
	println("append:", len(s), s[2], log)
	log = ""
	pt := &T{}
	pt.x, pt.y = f("p", 1), pt.x+f("q", 2)
	println("fields:", pt.x, pt.y, log)
	log = ""
	var arr2 [2]int
	m := map[string]int{}
	m[log+"k"] = f("z", len(m))
	println("map key:", m["k"], m["zk"], log)
	_ = arr2
}
