// More invalid uses of type parameters (fields, methods, core types, inference, generic
// types used as values), with gc 1.19's messages, and valid pointer-method constraints.

package main

type S struct{ Value int }

type HasValue interface{ ~struct{ Value int } }

func field[T HasValue](x T) int { return x.Value } // ERROR "x\.Value undefined \(type T has no field or method Value\)"

type Stringer interface{ String() string }

func call[T Stringer](x T) { _ = x.Missing() } // ERROR "x\.Missing undefined \(type T has no field or method Missing\)"

func value[T any]() { _ = T } // ERROR "T \(type\) is not an expression"

type G[T any] struct{ v T }

func conv() { _ = G(nil) } // ERROR "cannot use generic type G without instantiation"

func inst() { var _ G[int, string] } // ERROR "got 2 arguments but 1 type parameters"

func infer2[K comparable, V any](m map[K]V) {}

func useinfer() {
	infer2(nil) // ERROR "cannot infer K \(generics_more\.go:24:13\)"
	infer2(map[string]int(nil))
	var f = infer2[string] // ERROR "cannot infer V \(generics_more\.go:24:27\)"
	_ = f
}

type Num interface{ int | float64 }

func rng[T Num](x T) {
	for range x { // ERROR "cannot range over x \(variable of type T constrained by Num\) \(T has no core type\)"
	}
}

func mk[T any]() { _ = make(T) } // ERROR "invalid argument: cannot make T: no core type"

func ptrRecv[T any, PT interface{ *T; M() }](x T) { PT(&x).M() }

type W struct{}

func (*W) M() {}

func usePtr() {
	ptrRecv[W](W{})
	ptrRecv(W{})
}

func nilT[T any]() T { return nil } // ERROR "cannot use nil as T value in return statement"

func newT[T any]() *T { return new(T) }

type Rec[T any] struct{ next *Rec[Rec[T]] }

func main() {}
