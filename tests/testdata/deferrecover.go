// defer recover(): the deferred recover counts as called by the function that deferred
// it, when that function returns. It recovers when that function is itself a deferred
// call run by a panic; when the function is the one panicking, the panic makes the call
// and recover returns nil (gc's recover.go and recover1.go).
package main

func report(name string) {
	if v := recover(); v != nil {
		println(name, "recovered", v.(string))
	} else {
		println(name, "found nothing")
	}
}

// The panicking function's own deferred recover is called by the panic: a no-op.
func panicking() {
	defer report("panicking")
	defer recover()
	panic("p1")
}

// A deferred function's deferred recover runs at its return, as if it called recover.
func squelched() {
	defer report("squelched")
	defer func() {
		defer recover()
	}()
	panic("p2")
}

// A deferred recover in a function called normally finds no panic to stop.
func normal() {
	defer recover()
	println("normal returns")
}

// The deferred function panics again; the inner panic is recovered by a later deferred
// call, then its return runs the deferred recover, which stops the outer panic.
func nested() {
	defer report("nested")
	defer func() {
		defer recover()
		defer report("inner")
		panic("p4")
	}()
	panic("p3")
}

// Swapped: the deferred recover runs while p6 is panicking, so it is a no-op.
func swapped() {
	defer report("swapped outer")
	defer func() {
		defer report("swapped inner")
		defer recover()
		panic("p6")
	}()
	panic("p5")
}

// The recover is deferred in a function the deferred call calls: too deep.
func deep() {
	defer report("deep")
	defer func() {
		func() {
			defer recover()
		}()
	}()
	panic("p7")
}

// The deferred function calls recover itself and defers it too: the first call takes the
// panic, the deferred one finds nothing.
func both() {
	defer report("both")
	defer func() {
		defer func() { println("then", recover() == nil) }()
		println("first", recover().(string))
	}()
	panic("p8")
}

func main() {
	func() {
		defer report("main")
		panicking()
	}()
	squelched()
	normal()
	nested()
	swapped()
	func() {
		defer report("main")
		deep()
	}()
	both()
	defer recover()
	panic("unrecovered")
}
