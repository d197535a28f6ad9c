// Valid generic code: type parameter lists on types, functions and receivers,
// constraints with type sets, explicit, partial and inferred instantiation, constraint
// type inference, recursive and mutually recursive generic types, methods of
// instances, and operations permitted by every type of a type set.

package main

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func Min[T Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

type Celsius float64

// Recursive generic type with methods on the generic receiver.
type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.size++ }

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[_]) Len() int { return l.size }

// Mutually recursive generic types.
type Tree[K Ordered, V any] struct{ root *Node[K, V] }

type Node[K Ordered, V any] struct {
	key         K
	val         V
	left, right *Node[K, V]
	owner       *Tree[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		if k < (*p).key {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &Node[K, V]{key: k, val: v, owner: t}
}

// Constraint type inference: E is inferred from the core type of S.
func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, x := range s {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Getter[T any] interface{ Get() T }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Use[T any](g Getter[T]) T { return g.Get() }

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x * 2
	}
	return s
}

func Ptr[T any](x T) *T { return &x }

func Len[T ~string | ~[]byte](x T) int { return len(x) }

func Index[T interface{ ~[]int | ~[4]int }](x T) int { return x[0] }

func Send[C ~chan E, E any](c C, e E) { c <- e }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func MakeSet[T comparable]() Set[T] { return make(Set[T]) }

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

type Embeds[T any] struct {
	Box[T]
	n int
}

// An outer type parameter unifies with a type literal through its core type.
func Keys2[M ~map[K]V, K comparable, V any](m M) []K { return Keys(m) }

func Outer[M1 ~map[K]V, K comparable, V any](m M1) { _ = Keys(m) }

// A constant converts to a type parameter when it converts to every type of its type set.
func FromString[P ~string | ~[]byte | ~[]rune]() P { return P("") }

func main() {
	_ = Min(1, 2)
	_ = Min("a", "b")
	_ = Min(Celsius(1), 2.5)
	_ = Min[float64](1, 2.5)
	var l List[string]
	l.Push("x")
	l.Each(func(s string) { println(s) })
	_ = l.Len()
	var t Tree[int, string]
	t.Put(1, "one")
	evens := Filter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 })
	var _ []int = evens
	_ = Keys(map[string]int{"a": 1})
	_ = Reduce([]int{1, 2}, "", func(a string, x int) string { return a })
	_ = Reduce[int, float64]([]int{1}, 0, func(a float64, x int) float64 { return a + float64(x) })
	var g Getter[int] = Box[int]{1}
	_ = Use(g)
	_ = Use[int](Box[int]{2})
	_ = Sum(1, 2, 3) + 1
	_ = Sum[float64]()
	p := Ptr(3)
	*p = 4
	_ = Len("abc") + Len([]byte("x"))
	_ = Index([]int{1})
	Send(make(chan int, 1), 1)
	s := MakeSet[string]()
	s.Add("a")
	_ = s.Has("a")
	pr := MakePair(1, "x")
	var _ Pair[int, string] = pr
	_ = pr.First + 1
	var e Embeds[int]
	_ = e.Get() + e.v + e.n
	f := Min[int]
	_ = f(1, 2)
	var _ = Filter[[]string]
}
