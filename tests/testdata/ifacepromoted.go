package main

type Namer interface{ Name() string }

type Counter interface {
	Inc()
	Get() int
}

type Base struct{ n int }

func (b Base) Name() string { return "base" }
func (b *Base) Inc()        { b.n++ }
func (b *Base) Get() int    { return b.n }

type Inner struct{ v int }

func (i Inner) Name() string { return "inner" }

type Wrapper struct {
	tag string
	Base
}

type PtrWrapper struct {
	*Base
}

type Deep struct {
	x int
	Wrapper
}

type Shadow struct {
	Wrapper
	Inner
}

type Own struct {
	Base
}

func (o Own) Name() string { return "own" }

func main() {
	var x interface{} = Wrapper{"w", Base{5}}
	n, ok := x.(Namer)
	println(n.Name(), ok)
	_, ok = x.(Counter)
	println("Wrapper is Counter:", ok)
	var p interface{} = &Wrapper{"p", Base{1}}
	c := p.(Counter)
	c.Inc()
	c.Inc()
	println(c.Get(), p.(*Wrapper).n)
	b := &Base{10}
	var pw interface{} = PtrWrapper{b}
	pc, ok := pw.(Counter)
	println("PtrWrapper is Counter:", ok)
	pc.Inc()
	println(b.n, pw.(Namer).Name())
	var d interface{} = &Deep{1, Wrapper{"d", Base{7}}}
	d.(Counter).Inc()
	println(d.(Counter).Get(), d.(Namer).Name())
	var s interface{} = Shadow{}
	_, ok = s.(Namer)
	println("Shadow is Namer:", ok)
	var o interface{} = Own{}
	println(o.(Namer).Name())
	var direct Namer = Wrapper{}
	println(direct.Name())
}
