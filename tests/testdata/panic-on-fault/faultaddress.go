package main

// A fault at an address outside the nil page in compiled Go code is a recoverable
// run-time error (ABI.md, the fault handlers): a runtime.errorAddressString whose Addr()
// is the faulting address, as gc raises it under debug.SetPanicOnFault(true) (this .out
// is what gc prints with that setting; without it gc throws "unexpected fault address").
// A nil pointer to a large array read at a far offset is the plain nil dereference.

import "unsafe"

type addresser interface{ Addr() uintptr }

func wild(addr uintptr) {
	defer func() {
		r := recover()
		a, ok := r.(addresser)
		println(r.(error).Error(), ok, ok && a.Addr() == addr)
		_, isRuntime := r.(interface{ RuntimeError() })
		println("runtime error:", isRuntime)
	}()
	p := (*int)(unsafe.Pointer(addr))
	*p = 1
}

func far() {
	defer func() {
		println(recover().(error).Error())
	}()
	var p *[1 << 16]int
	println(p[60000])
}

func main() {
	wild(0xdead0000)
	far()
	println(*(*int)(unsafe.Pointer(uintptr(0xdead0000))))
}
