// Invalid uses of generics: constraints, instantiation, inference and operations on
// type parameters, with gc 1.19's (types2) error messages.

package main

type Number interface {
	~int | ~int64 | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Eq[T comparable](a, b T) bool { return a == b }

func Bad[T any](a, b T) bool {
	return a == b // ERROR "invalid operation: a == b \(incomparable types in type set\)"
}

func Add[T any](a, b T) T {
	return a + b // ERROR "operator \+ not defined on a \(variable of type T constrained by any\)"
}

func Zero[T any]() T {
	var z T
	return z
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

type Pair[K comparable, V any] struct {
	k K
	v V
}

type Stringer interface{ String() string }

func Str[T Stringer](x T) string { return x.String() }

type MyInt int

func (MyInt) String() string { return "" }

type Plain int

type Bytes interface{ ~[]byte }

type C interface {
	int | string
}

var _ C // ERROR "cannot use type C outside a type constraint: interface contains type constraints"
var _ comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"

type U1 interface {
	~MyInt // ERROR "invalid use of ~ \(underlying type of MyInt is int\)"
}

type U2 interface {
	int | Stringer // ERROR "cannot use Stringer in union \(Stringer contains methods\)"
}

type U3 interface {
	int | ~int // ERROR "overlapping terms ~int and int"
}

type G[T any] T // ERROR "cannot use a type parameter as RHS in type declaration"



func use() {
	_ = Max(1, 2)
	_ = Max(1.5, 2) // ERROR "default type int of 2 does not match inferred type float64 for T"
	_ = Max[MyInt](1, 2)
	_ = Max("a", "b") // ERROR "string does not implement Number \(string missing in ~int \| ~int64 \| ~float64\)"
	_ = Max(1, "b") // ERROR "default type string of \"b\" does not match inferred type int for T"
	_ = Eq([]int{}, nil) // ERROR "\[\]int does not implement comparable"
	_ = Eq[any](1, 2) // ERROR "any does not implement comparable"
	_ = Zero() // ERROR "cannot infer T \(generics_errors.go:27:11\)"
	_ = Zero[int]()
	_ = Zero[int, string]() // ERROR "got 2 type arguments but want 1"
	var l *List[int]
	l = l.Push(1)
	l = l.Push("x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to l.Push"
	var _ List // ERROR "cannot use generic type List\[T any\] without instantiation"
	var _ Pair[string] // ERROR "got 1 arguments but 2 type parameters"
	var _ Pair[[]int, int] // ERROR "\[\]int does not implement comparable"
	f := Max // ERROR "cannot use generic function Max without instantiation"
	_ = f
	_ = Str(MyInt(1))
	_ = Str(Plain(1)) // ERROR "Plain does not implement Stringer \(missing String method\)"
	var _ Plain[int] // ERROR "Plain is not a generic type"
	var x int
	_ = x
}

func order[T any, U Number](a, b T, c, d U) {
	_ = a < b // ERROR "invalid operation: a < b \(type parameter T is not comparable with <\)"
	_ = c < d
	_ = c + 1
	_ = c + 1.5 // ERROR "cannot convert 1.5 \(untyped float constant\) to U"
}

func assert[T any](x T) {
	_ = x.(int) // ERROR "cannot use type assertion on type parameter value x"
}

func conv[T ~int | ~float64, S ~string](x T, s S) {
	_ = float64(x)
	_ = T(1.5) // ERROR "cannot convert 1.5 \(untyped float value\) to type T"
	_ = string(s)
	_ = S("a")
	_ = []byte(s)
	_ = int(s) // ERROR "cannot convert s \(variable of type S constrained by ~string\) to type int"
}

type A int

type Empty interface {
	~A // ERROR "invalid use of ~ \(underlying type of A is int\)"
}

func needsEmpty[_ Empty]() {}

func useEmpty() {
	needsEmpty[int]() // ERROR "cannot implement Empty \(empty type set\)"
}

func main() { use() }

