// recover() in methods deferred through interfaces, method values and method expressions (gc's wrapper rule).

package main

type T struct{ name string }

func (t T) V() {
	if r := recover(); r != nil {
		println(t.name, "V recovered:", r.(string))
	}
}

func (t *T) P() {
	if r := recover(); r != nil {
		println(t.name, "P recovered:", r.(string))
	}
}

type I interface{ V() }
type J interface{ P() }

type Outer struct{ T }

func viaIface() {
	var i I = T{"iface-value"}
	defer i.V()
	panic("a")
}

func viaIfacePtr() {
	var j J = &T{"iface-ptr"}
	defer j.P()
	panic("b")
}

func viaBound() {
	t := T{"bound"}
	f := t.V
	defer f()
	panic("c")
}

func viaBoundDirect() {
	t := &T{"bound-direct"}
	defer t.P()
	panic("d")
}

func viaMethodExpr() {
	p := &T{"method-expr"}
	defer (*T).P(p)
	panic("e")
}

func viaValueMethodExpr() {
	defer T.V(T{"value-method-expr"})
	panic("f")
}

func viaPromoted() {
	var i I = Outer{T{"promoted"}}
	defer i.V()
	panic("g")
}

func viaBoxedPtr() {
	var i I = &T{"boxed-ptr"}
	defer i.V()
	panic("h")
}

func notDirect() {
	defer func() {
		func() {
			if r := recover(); r != nil {
				println("BUG: recovered in nested call")
			}
		}()
		recover()
	}()
	panic("i")
}

func main() {
	viaIface()
	viaIfacePtr()
	viaBound()
	viaBoundDirect()
	viaMethodExpr()
	viaValueMethodExpr()
	viaPromoted()
	viaBoxedPtr()
	notDirect()
	println("done")
}
