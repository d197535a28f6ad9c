package main

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Item struct {
	vals [3]int
	name string
}

func (it Item) First() int { return it.vals[0] }

type Op func(int, int) int

type Calc struct {
	op   Op
	name string
}

type Named interface{ Name() string }
type Thing struct{ n string }

func (t Thing) Name() string { return t.n }

var global Item
var garr [4]int
var fnVar = twice

func twice(x int) int { return 2 * x }

func makeArr() [3]int { return [3]int{7, 8, 9} }

func describe(xs ...interface{}) int { return len(xs) }

func multi() (int, string, bool) { return 1, "two", true }

func main() {
	l := IntList{1, 2, 3}
	println(l.Sum(), IntList(nil).Sum())
	m := map[string]Item{"a": {vals: [3]int{4, 5, 6}, name: "a"}}
	println(m["a"].vals[1], m["a"].First(), m["a"].name)
	global.vals[2] = 11
	global.name = "g"
	garr[1] = 3
	println(global.vals[2], global.name, garr[1], fnVar(21))
	println(makeArr()[2], len(makeArr()))
	c := Calc{op: func(a, b int) int { return a - b }, name: "sub"}
	println(c.op(10, 4), c.name)
	println(describe(), describe(1, "a", nil, 2.5), describe([]interface{}{1, 2}...))
	xs := append([]interface{}{}, 1, "x")
	println(len(xs))
	a, b := 1, 2
	a, b = b, a
	arr := []int{10, 20, 30}
	i := 0
	i, arr[i] = 2, 99
	println(a, b, i, arr[0], arr[2])
	var funcs []func() int
	for k := 0; k < 3; k++ {
		v := k * k
		funcs = append(funcs, func() int { return v })
	}
	for _, f := range funcs {
		print(f(), " ")
	}
	println()
	var n Named = Thing{"t"}
	var e interface{} = n
	println(e == n, n == e, n.Name())
	nm := n.Name
	println(nm())
	p := &Thing{"p"}
	pm := p.Name
	p.n = "changed"
	println(pm())
	switch {
	}
	cnt := 0
	for range arr {
		cnt++
	}
	for range "héllo" {
		cnt++
	}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for range ch {
		cnt++
	}
	println(cnt)
	x, s, ok := multi()
	println(x, s, ok)
	var iface interface{} = x
	switch v := iface.(type) {
	case int, string:
		println("int or string", v != nil)
	}
	j := 0
back:
	j++
	if j < 3 {
		goto back
	}
	println(j)
	bs := []byte("ab")
	str := ""
	for _, b := range bs {
		str += string(b)
	}
	println(str)
}
