// An ordered map as a generic binary tree, instantiated with many key and value types: the
// program ABI.md's code-size figures for monomorphisation are measured on.
package main

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type node[K, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Map[K, V any] struct {
	root    *node[K, V]
	compare func(K, K) int
	size    int
}

func Compare[T Ordered](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func New[K Ordered, V any]() *Map[K, V] {
	return &Map[K, V]{compare: Compare[K]}
}

func (m *Map[K, V]) find(key K) **node[K, V] {
	pn := &m.root
	for *pn != nil {
		switch c := m.compare(key, (*pn).key); {
		case c < 0:
			pn = &(*pn).left
		case c > 0:
			pn = &(*pn).right
		default:
			return pn
		}
	}
	return pn
}

// Insert sets key to val and reports whether key is new.
func (m *Map[K, V]) Insert(key K, val V) bool {
	pn := m.find(key)
	if *pn != nil {
		(*pn).val = val
		return false
	}
	*pn = &node[K, V]{key: key, val: val}
	m.size++
	return true
}

func (m *Map[K, V]) Find(key K) (V, bool) {
	pn := m.find(key)
	if *pn == nil {
		var zero V
		return zero, false
	}
	return (*pn).val, true
}

func (m *Map[K, V]) Len() int { return m.size }

// InOrder calls f for each entry in key order until f returns false.
func (m *Map[K, V]) InOrder(f func(K, V) bool) {
	var walk func(n *node[K, V]) bool
	walk = func(n *node[K, V]) bool {
		return n == nil || (walk(n.left) && f(n.key, n.val) && walk(n.right))
	}
	walk(m.root)
}

func Keys[K, V any](m *Map[K, V]) []K {
	var ks []K
	m.InOrder(func(k K, _ V) bool { ks = append(ks, k); return true })
	return ks
}

type Celsius float64
type Name string

func fill[K Ordered, V any](keys []K, val func(K) V) *Map[K, V] {
	m := New[K, V]()
	for _, k := range keys {
		m.Insert(k, val(k))
	}
	return m
}

func report[K Ordered, V any](what string, m *Map[K, V], probe K) {
	v, ok := m.Find(probe)
	print(what, " len=", m.Len(), " keys=")
	for _, k := range Keys(m) {
		print(k, " ")
	}
	println("probe:", ok, v)
}

func main() {
	report("int/string", fill([]int{5, 2, 8, 2, 9}, func(k int) string { return string(rune('a' + k)) }), 8)
	report("string/int", fill([]string{"pear", "apple", "fig"}, func(k string) int { return len(k) }), "fig")
	report("float64/bool", fill([]float64{2.5, -1, 3}, func(k float64) bool { return k > 0 }), 7)
	report("int8/int8", fill([]int8{3, 1, 2}, func(k int8) int8 { return -k }), 1)
	report("uint16/float32", fill([]uint16{300, 20, 1}, func(k uint16) float32 { return float32(k) / 2 }), 20)
	report("int64/uint", fill([]int64{1 << 40, 7, -3}, func(k int64) uint { return uint(k & 0xff) }), -3)
	report("Celsius/Name", fill([]Celsius{36.6, -40, 100}, func(k Celsius) Name { return Name("t") }), 100)
	report("Name/Celsius", fill([]Name{"b", "a"}, func(k Name) Celsius { return Celsius(len(k)) }), "c")
	report("uint32/int32", fill([]uint32{9, 4}, func(k uint32) int32 { return int32(k) * 3 }), 4)
	report("uint8/string", fill([]uint8{'x', 'y'}, func(k uint8) string { return string(rune(k)) }), 'y')
	report("int/rune", fill([]int{3, 1}, func(k int) rune { return rune(k) + 64 }), 3)
}
