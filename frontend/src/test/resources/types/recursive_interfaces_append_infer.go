// Valid code that the GOROOT/test type-check sweep found falsely rejected: interfaces
// that mention themselves or each other through methods and embedding, append of a
// slice of another named type with the same element type, inference in a generic
// function's call of itself, and nil compared with an interface in a declaration.
package main

type I1 interface{ m() I2 }
type I2 interface{ I1 }

var i2 I2
var _ I1 = i2

type J1 interface{ F() interface{ J1 } }
type J2 interface{ F() interface{ J2 } }

var v1 J1
var v2 J2
var _ = v1 == v2

type K interface{ M(interface{ K }) }

type E = struct{}
type S []E
type T []struct{}

func appends() {
	s, t := S{}, T{}
	_ = append(s, t...)
	_ = append(s, t[0])
}

func fact[N interface{ ~int | ~int64 | ~float64 }](n N) N {
	if n == 1 {
		return 1
	}
	return n * fact(n-1)
}

var (
	_ = nil == interface{}(nil)
	_ = interface{}(nil) == nil
)

func main() {
	x := nil == interface{}(nil)
	_, _ = x, fact(5)
}
