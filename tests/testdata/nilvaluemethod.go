// A value method called through a nil *T in an interface: gc 1.19 reports the nil dereference.

package main

type T struct{ x int }

func (t T) M() int { return t.x }

type I interface{ M() int }

func main() {
	defer func() {
		r := recover()
		println(r.(error).Error())
		_, ok := r.(interface{ RuntimeError() })
		println(ok)
		var p *T
		var i I = p
		i.M()
	}()
	var p *T
	var i I = p
	println(i.M())
}
