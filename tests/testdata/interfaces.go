package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }
type Square struct{ Rect }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Name() string   { return "rect" }
func (s *Square) Name() string { return "square" }

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return "C" }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return v
	case Stringer:
		return v.String()
	case Shape, error:
		return "shape or error"
	default:
		return "other"
	}
}

func main() {
	var s Shape = Rect{2, 3}
	println(s.Area(), s.Name())
	sq := &Square{Rect{4, 4}}
	s = sq
	println(s.Area(), s.Name(), sq.w, sq.Rect.h)
	var e interface{} = 42
	n, ok := e.(int)
	println(n, ok)
	_, ok = e.(string)
	println(ok, describe(nil), describe(1), describe("hi"), describe(Celsius(3)), describe(s), describe(2.5))
	var a, b interface{} = 1, 1
	println(a == b, e == 42, s != nil)
	var st Stringer = Celsius(1.5)
	var any interface{} = st
	println(any != nil, Celsius(2)+1 > 2)
	f := sq.Name
	g := Rect.Area
	println(f(), g(Rect{5, 5}))
}
