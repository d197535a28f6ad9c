package main

// A deferred call of a method of a nil interface panics at the defer statement (gc
// evaluates the method value there); a deferred nil func value panics when it runs; both
// panics are recoverable.


type Closer interface{ Close() }

var fail bool

func nilIface() {
	var x Closer
	defer x.Close()
	fail = true
}

func shouldPanic(f func()) {
	defer func() {
		if recover() == nil {
			panic("did not panic")
		}
		println("panicked ok")
	}()
	f()
}

func main() {
	shouldPanic(nilIface)
	println(fail)
	shouldPanic(func() {
		defer ((func())(nil))()
		println("body runs")
	})
}
