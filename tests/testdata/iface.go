package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Sq struct{ s int }

func (q *Sq) Area() int    { return q.s * q.s }
func (q *Sq) Name() string { return "square" }

func describe(s Shape) { println(s.Name(), s.Area()) }

func main() {
	describe(Rect{3, 4})
	describe(&Sq{5})
	var e interface{} = 42
	n, ok := e.(int)
	str, ok2 := e.(string)
	println(n, ok, str, ok2)
	var x interface{} = "text"
	println(x.(string))
	println(e.(string))
}
