// Run-time errors are runtime.Error values: recover().(error), RuntimeError(), Error() texts, re-panic.

package main

type T struct{ x int }

func (T) M() {}

type I interface{ M() }

type runtimeError interface {
	error
	RuntimeError()
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		_, isRT := r.(runtimeError)
		_, hasRT := r.(interface{ RuntimeError() })
		if ok {
			println(name, "error:", err.Error(), isRT, hasRT)
		} else {
			println(name, "not an error", isRT, hasRT)
		}
	}()
	f()
}

var sink int

func main() {
	var a []int
	var m map[string]int
	var p *T
	var e interface{} = "s"
	var z int
	var s int = -1
	var x interface{} = []int{1}
	try("index", func() { sink = a[5] })
	try("slice", func() { sink = len(a[1:2]) })
	try("nilmap", func() { m["a"] = 1 })
	try("nil", func() { sink = p.x })
	try("div", func() { sink = 1 / z })
	try("shift", func() { sink = 1 << s })
	try("assert", func() { sink = e.(int) })
	try("assertI", func() { _ = e.(I) })
	try("uncomparable", func() { println(x == x) })
	try("hash", func() { mm := map[interface{}]int{}; mm[x] = 1 })
	try("nilassert", func() { var n interface{}; _ = n.(I) })
	try("makeslice", func() { _ = make([]int, s) })
	try("convert", func() { _ = (*[9]byte)(make([]byte, 8)) })
	try("methodvalue", func() { var i I; f := i.M; f() })
	try("plain", func() { panic("str") })
	defer func() {
		r := recover()
		panic(r)
	}()
	sink = a[3]
}
