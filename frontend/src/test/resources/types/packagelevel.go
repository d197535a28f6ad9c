package main

import (
	"unsafe"
	u /* ERROR "imported and not used: \"unsafe\" as u" */ "unsafe"
)

var size = unsafe.Sizeof(int64(0))

var a /* ERROR "initialization loop for a" */ = b
var b = f()

func f() int { return a }

type T1 /* ERROR "invalid recursive type T1" */ T2
type T2 T1

type L struct {
	next *L
	arr  [2]*L
}

type A /* ERROR "invalid recursive type A" */ [2]A

func init() {}
func init() {}

func init /* ERROR "func init must have no arguments and no return values" */(x int) {}

var _ = init /* ERROR "undefined: init" */

func (int /* ERROR "cannot define new methods on non-local type int" */) m() {}

type P *int

func (P /* ERROR "invalid receiver type P \(pointer or interface type\)" */) m() {}

type S struct{ f int }

func (s S) f /* ERROR "field and method with the same name f" */() {}

func undefinedType(x Undef /* ERROR "undefined: Undef" */) {}

var x int = "s" /* ERROR "invalid operation: \"s\" \+ 1 \(mismatched types untyped string and untyped int\)" */ + 1

const c = unsafe.Sizeof(x)

var _ [c]byte

func main() {
	var i interface{ M() }
	_ = i.N /* ERROR "i.N undefined \(type interface\{M\(\)\} has no field or method N\)" */
	var p *interface{ M() }
	p.M /* ERROR "p.M undefined \(type \*interface\{M\(\)\} is pointer to interface, not interface\)" */()
	type local struct{ a int }
	_ = local{a: 1}.a
	var s S
	_ = s.F /* ERROR "s.F undefined \(type S has no field or method F, but does have f\)" */
	_ = unsafe.Offsetof(s /* ERROR "invalid argument: s.f is a method value" */.f)
	_ = size
}
