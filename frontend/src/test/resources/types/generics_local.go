// Type declarations inside generic functions and methods of generic types: a limit of gc
// 1.19, reported only once type checking found no other error.

package main

type List[T any] struct{ v T }

func local[T any]() {
	type L []T // ERROR "type declarations inside generic functions are not currently supported"
	var _ L
}

func (l *List[T]) local() {
	type M int // ERROR "type declarations inside generic functions are not currently supported"
}

func plain() {
	type N int
	var _ N
}

func main() {}
