// Values over 64 bytes (runtime/ABI.md "Large values") live in memory: passed by pointer,
// returned through an out-pointer, swapped through phis, called through interfaces, method
// values and expressions, promoted methods, closures, defer and go, stored in maps, channels,
// select, interfaces and slices, compared, recovered into a named result.
package main

type Big struct {
	a    int
	name string
	x    [100]byte
	s    []int
}

type I interface {
	Get() Big
	Put(b Big) int
}

type G interface{ Get() Big }

type Key struct {
	a int
	x [90]byte
	n string
}

func (b Big) Get() Big    { b.a++; return b }
func (b *Big) Put(c Big) int { b.x = c.x; b.a = c.a; return c.a }

type Outer struct {
	Big
	n int
}

func mk(n int) Big {
	var b Big
	b.a = n
	b.name = "big"
	for i := range b.x {
		b.x[i] = byte(i * n)
	}
	b.s = []int{n, n + 1}
	return b
}

func two(b Big) (Big, Big) {
	c := b
	c.a = -b.a
	return c, b
}

func sum(b Big) int {
	t := b.a
	for _, v := range b.x {
		t += int(v)
	}
	return t
}

func swap(n int) (Big, Big) {
	a, b := mk(1), mk(2)
	for i := 0; i < n; i++ {
		a, b = b, a
	}
	return a, b
}

var global = mk(5)

func rec() (r Big) {
	defer func() {
		if e := recover(); e != nil {
			r = mk(9)
		}
	}()
	panic("x")
}

func main() {
	b := mk(3)
	println(sum(b), b.name, len(b.s))
	c, d := two(b)
	println(c.a, d.a, sum(c) == sum(d)+2*c.a)
	x, y := swap(3)
	println(x.a, y.a)
	x, y = swap(4)
	println(x.a, y.a)
	var gi G = b
	g := gi.Get()
	println(g.a, b.a)
	p := &Big{}
	var i I = p
	println(i.Put(g), p.a, p.x[5])
	o := Outer{Big: mk(4), n: 1}
	var j G = o
	println(j.Get().a)
	var k I = &o
	k.Put(mk(7))
	println(o.a, o.x[3])
	f := b.Get
	println(f().a)
	h := Big.Get
	println(h(b).a)
	m := map[Key]Big{}
	kb := Key{a: 1, n: "k"}
	kb.x[80] = 4
	m[kb] = mk(8)
	println(m[kb].a, len(m))
	v, ok := m[Key{}]
	println(v.a, ok)
	for kk, vv := range m {
		println(kk.a, vv.a)
	}
	ch := make(chan Big, 2)
	ch <- mk(11)
	go func(b Big) { ch <- b }(mk(12))
	r1 := <-ch
	r2, ok2 := <-ch
	println(r1.a, r2.a, ok2)
	var e interface{} = mk(13)
	bb := e.(Big)
	bc, okc := e.(Big)
	_, okd := e.(int)
	println(bb.a, bc.a, okc, okd)
	arr := [3]Big{mk(1), mk(2), mk(3)}
	idx := 2
	println(arr[idx].a, arr[1].a)
	q := arr
	q[0].a = 100
	println(arr[0].a, q[0].a)
	println(rec().a, global.a)
	s := []Big{}
	s = append(s, mk(20), mk(21))
	println(len(s), s[1].a)
	type A [200]int
	var a1, a2 A
	a2[199] = 1
	println(a1 == a2, a1 != a2)
	defer func(b Big) { println("deferred", b.a) }(mk(30))
	fn := func() Big { return b }
	println(fn().a)
	z := Big{}
	println(z.a, z.name == "")
	w := [1000]byte{1, 2, 3, 999: 9}
	println(w[999], w[2])
	select {
	case ch <- mk(40):
	}
	select {
	case r := <-ch:
		println(r.a)
	}
}
