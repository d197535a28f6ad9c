package main

type I interface {
	M()
	N()
}

type T struct{ x int }

func (t *T) M() { println("M", t.x) }
func (t T) N()  { println("N", t.x) }

func main() {
	var p interface{} = &T{1}
	p.(I).M()
	var v interface{} = T{2}
	v.(I).N()
}
