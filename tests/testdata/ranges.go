package main

var calls int

func arr() [3]int { calls++; return [3]int{1, 2, 3} }

func parr() *[3]int { calls++; return &[3]int{} }

type I interface{ M() int }
type T struct{ v int }

func (t T) M() int { return t.v }

func main() {
	n := 0
	for i := range arr() {
		n += i
	}
	for i := range parr() {
		n += i
	}
	var p *[4]int
	for i := range p {
		n += i
	}
	var a [2]int
	for range a {
		n++
	}
	println(n, calls)
	m := I.M
	println(m(T{5}))
}
