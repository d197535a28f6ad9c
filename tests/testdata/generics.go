// Generic code compiled by monomorphisation: functions with explicit and inferred type
// arguments, generic types with value and pointer methods, generic closures, operators and
// conversions through core types, type switches on type parameters, constraint methods
// called statically and through interfaces, and instances as interface values.
package main

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Convert[From, To Number](xs []From) []To {
	return Map(xs, func(x From) To { return To(x) })
}

type Celsius float64

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(x T)    { l.items = append(l.items, x) }
func (l List[T]) Len() int     { return len(l.items) }
func (l *List[T]) Get(i int) T { return l.items[i] }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Stringer interface{ String() string }

type MyInt int

func (m MyInt) String() string { return "MyInt" + string(rune('0'+int(m))) }

func Join[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + ";"
	}
	return s
}

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	case Pair[string, int]:
		return "pair"
	}
	return "other"
}

func Counter[T Number](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

type Lener interface{ Len() int }

type Tree[T any] struct {
	left, right *Tree[T]
	val         T
}

func (t *Tree[T]) Insert(v T, less func(a, b T) bool) *Tree[T] {
	if t == nil {
		return &Tree[T]{val: v}
	}
	if less(v, t.val) {
		t.left = t.left.Insert(v, less)
	} else {
		t.right = t.right.Insert(v, less)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.left.Walk(f)
	f(t.val)
	t.right.Walk(f)
}

func main() {
	println(Sum([]int{1, 2, 3}), Sum[float64]([]float64{1.5, 2}), Sum([]Celsius{20, 1.5}))
	ys := Map([]int{1, 2}, func(i int) string { return string(rune('a' + i)) })
	println(len(ys), ys[0], ys[1])
	zs := Convert[int, float64]([]int{3, 4})
	println(zs[0] + zs[1])

	var l List[string]
	l.Push("a")
	l.Push("b")
	println(l.Len(), l.Get(1))
	var li List[int]
	li.Push(7)
	println(li.Len(), li.Get(0))

	println(Join([]MyInt{1, 2}))
	var s Stringer = MyInt(3)
	println(Join([]Stringer{s}))

	println(Kind(1), Kind("s"), Kind(1.5), Kind(Pair[string, int]{"k", 1}))

	var le Lener = l
	println(le.Len())
	le = &li
	println(le.Len())

	c := Counter(2)
	c()
	println(c())
	cf := Counter(0.5)
	cf()
	println(cf())

	println(Max(3, 9), Max(2.5, 1.0), Max("go", "c"))
	println(Keys(map[string]int{"a": 1, "b": 2}))

	var root *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		root = root.Insert(v, func(a, b int) bool { return a < b })
	}
	root.Walk(func(v int) { print(v, " ") })
	println()

	p := Pair[string, List[int]]{Key: "list", Val: li}
	println(p.Key, p.Val.Len())
}
