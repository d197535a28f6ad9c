package main

// Calling a nil func value faults (neither gc nor llgo checks the code pointer) and the
// fault becomes the recoverable run-time error of an explicit nil dereference: the value
// recover returns equals the one a nil pointer dereference panics with.

type node struct{ next *node }

var f func()

func recovered(g func()) (r interface{}) {
	defer func() { r = recover() }()
	g()
	println("after the call")
	return nil
}

func main() {
	var n *node
	deref := recovered(func() { _ = n.next })
	zero := 0
	divide := recovered(func() { println(1 / zero) })

	global := recovered(f)
	println("global nil func recovered:", global != nil, global == deref, global == divide)

	var local func()
	fromLocal := recovered(local)
	println("local nil func recovered:", fromLocal != nil, fromLocal == deref)

	var withResult func(int) int
	println("nil func with arguments recovered:", recovered(func() { println(withResult(7)) }) == deref)

	println("non-nil func:", recovered(func() { println("called") }) == nil)
}
