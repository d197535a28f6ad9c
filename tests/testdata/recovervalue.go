package main

// recover returns the panic value in a deferred function during a panic, and nil otherwise;
// run-time errors (index out of range, divide by zero, nil dereference, slice bounds) are
// recoverable; after recovery the function returns its named results and its remaining
// deferred calls still run.

func recoverString() (msg string) {
	defer func() {
		r := recover()
		msg = "recovered: " + r.(string)
	}()
	panic("boom")
}

func recoverInt() (v int) {
	defer func() {
		if r := recover(); r != nil {
			v = r.(int) + 1
		}
	}()
	panic(41)
}

func index(s []int, i int) (v int, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = -1, false
		}
	}()
	return s[i], true
}

func divide(a, b int) (q int) {
	defer func() {
		if r := recover(); r != nil {
			println("divide recovered:", r != nil)
			q = 0
		}
	}()
	q = 99
	return a / b
}

type node struct{ next *node }

func deref(n *node) (ok bool) {
	defer func() { ok = recover() == nil }()
	_ = n.next
	return true
}

func slice(s []byte, lo, hi int) (n int) {
	defer func() {
		if recover() != nil {
			n = -2
		}
	}()
	return len(s[lo:hi])
}

func notPanicking() {
	defer func() { println("recover outside a panic is nil:", recover() == nil) }()
	println("direct recover is nil:", recover() == nil)
}

func remainingDefersRun() (s string) {
	defer func() { s += " + first deferred" }()
	defer func() { recover() }()
	defer func() { s += " + after panic" }()
	s = "start"
	panic("x")
}

func helper() interface{} { return recover() }

func indirect() (got bool) {
	defer func() {
		got = recover() != nil
	}()
	defer func() {
		println("helper sees the panic:", helper() != nil)
	}()
	panic("indirect")
}

func main() {
	println(recoverString())
	println(recoverInt())
	println(index([]int{1, 2, 3}, 1))
	println(index([]int{1, 2, 3}, 5))
	println(divide(7, 2))
	println(divide(7, 0))
	println(deref(&node{}))
	println(deref(nil))
	println(slice([]byte("hello"), 1, 3))
	println(slice([]byte("hello"), 3, 1))
	notPanicking()
	println(remainingDefersRun())
	println("indirect:", indirect())
	println("main done")
}
