package main

type Inner struct {
	a, b int8
	ok   bool
}

type Outer struct {
	name  string
	in    Inner
	arr   [3]int
	ptr   *Inner
	items []Inner
}

func (o Outer) total() int {
	t := 0
	for _, v := range o.arr {
		t += v
	}
	return t + int(o.in.a) + int(o.in.b)
}

func main() {
	o := Outer{name: "o", in: Inner{1, 2, true}, arr: [3]int{10, 20, 30}}
	o.ptr = &o.in
	o.ptr.a = 5
	o.items = append(o.items, o.in, Inner{a: -1})
	o.arr[1]++
	println(o.name, o.in.a, o.in.ok, o.total(), len(o.items), o.items[1].a, o.arr[1])
	var arr [4]string
	arr[2] = "x"
	p := &arr
	p[3] = "y"
	s := arr[1:]
	println(len(s), s[1], s[2], arr == [4]string{"", "", "x", "y"}, o.in == Inner{5, 2, true})
	var x, y float64 = 1, 3
	println(x/y, x < y, -x, float32(x)/3)
	c := complex(x, y)
	println(c*c, real(c), imag(c), c == complex(1, 3))
}
