package main

type Shape interface {
	Area() int
	Name() string
}

type Namer interface {
	Name() string
}

type Sizer interface {
	Size(int) int
}

type Resetter interface {
	Reset()
}

type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }
func (r *Rect) Reset()       { r.w, r.h = 0, 0 }
func (r Rect) Size(k int) int { return k * r.w }

type Label string

func (l Label) Name() string { return string(l) }

type Odd struct{}

func (Odd) Size() int { return 7 }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case Shape:
		return "shape " + v.Name()
	case Namer:
		return "namer " + v.Name()
	case Resetter:
		return "resetter"
	case int:
		return "int"
	default:
		return "other"
	}
}

func toNamer(s Shape) Namer { return s }

func main() {
	var x interface{} = Rect{2, 3}
	s := x.(Shape)
	println(s.Area(), s.Name())
	n, ok := x.(Namer)
	println(n.Name(), ok)
	_, ok = x.(Resetter)
	println("Rect is Resetter:", ok)
	var p interface{} = &Rect{4, 5}
	r, ok := p.(Resetter)
	println("*Rect is Resetter:", ok)
	r.Reset()
	println(p.(Shape).Area())
	sz, ok := x.(Sizer)
	println(sz.Size(10), ok)
	var odd interface{} = Odd{}
	_, ok = odd.(Sizer)
	println("Odd is Sizer:", ok)
	var none interface{}
	_, ok = none.(Namer)
	println("nil is Namer:", ok)
	e, ok := none.(interface{})
	println("nil is interface{}:", ok, e == nil)
	e2, ok := x.(interface{})
	println("Rect is interface{}:", ok, e2 == x)
	nm := toNamer(s)
	println(nm.Name())
	var ns Shape
	println(toNamer(ns) == nil)
	back, ok := nm.(Shape)
	println(back.Area(), ok)
	_, ok = Namer(Label("l")).(Shape)
	println("Label is Shape:", ok)
	// an itab built at run time and the static one for the same pair compare equal
	var static Namer = Rect{2, 3}
	dynamic := x.(Namer)
	println(static == dynamic, dynamic.(Rect).w, nm == static)
	switch v := dynamic.(type) {
	case Label:
		println("label", v)
	case Rect:
		println("rect", v.h)
	}
	m := map[Namer]int{static: 1}
	m[dynamic]++
	println(len(m), m[static])
	for _, v := range []interface{}{nil, Rect{1, 1}, Label("lab"), &Rect{}, 3, "s"} {
		println(describe(v))
	}
}
