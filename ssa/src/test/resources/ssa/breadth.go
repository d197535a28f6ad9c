package main

type Animal interface{ Sound() string }

type Base struct{ id int }

func (b *Base) ID() int      { return b.id }
func (b Base) Describe() int { return b.id * 10 }

type Dog struct {
	*Base
	name string
}

func (d Dog) Sound() string { return d.name + " woof" }

type Holder struct {
	Animal
	n int
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) Next() Weekday { return (d + 1) % 3 }

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func pair() (int, int) { return 3, 4 }

func add(a, b int) int { return a + b }

type Matrix [2][2]int

func main() {
	d := Dog{&Base{7}, "rex"}
	println(d.ID(), d.Describe(), d.id, d.Sound())
	var a Animal = d
	h := Holder{a, 1}
	println(h.Sound())
	snd := a.Sound
	desc := (*Base).Describe
	idf := (*Base).ID
	println(snd(), desc(d.Base), idf(d.Base))
	println(sum(1), sum(1, 2, 3), sum(1, []int{4, 5}...), add(pair()))
	w := Monday
	println(w.Next(), Tuesday.Next(), Weekday(5))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	println(fact(5))
	var m Matrix
	m[1][0] = 3
	m2 := m
	m2[0][1] = 4
	println(m[1][0], m2[0][1], m == m2, len(m[0]))
	anon := struct {
		x, y int
	}{1, 2}
	anon.y += anon.x
	println(anon.y)
	counts := map[string][]int{}
	counts["a"] = append(counts["a"], 1, 2)
	if v, ok := counts["a"]; ok {
		println(len(v))
	}
	var v []int
	var ok bool
	v, ok = counts["b"]
	println(v == nil, ok)
	bs := make([]byte, 3)
	n := copy(bs, "hello")
	println(n, string(bs))
	var ip *int
	println(ip == nil)
	x := 10
	ip = &x
	*ip += 5
	println(x)
	c := complex(1, 2)
	println(real(c), imag(c))
	done := make(chan int)
	go func(k int) { done <- k * 2 }(21)
	println(<-done)
	s := []string{"a", "b", "c"}
	for i := range s {
		s[i] += "!"
	}
	println(s[0] + s[1] + s[2])
loop:
	for i := 0; ; i++ {
		switch {
		case i > 3:
			break loop
		case i%2 == 0:
			continue loop
		}
		println("odd", i)
	}
	var e interface{} = d
	switch t := e.(type) {
	case Animal:
		func() { println(t.Sound()) }()
	}
	f := 1.5
	f *= 2
	u := uint32(f) << 2 >> 1
	println(f, u, -f)
	var r rune = 'é'
	str := string(r) + string([]rune{r, 'x'}) + string([]byte{65})
	println(str, len(str))
	var iface interface{ ID() int } = d.Base
	println(iface.ID())
}
