package main

type Point struct{ X, Y int }

func (p *Point) Move(d int) { p.X += d; p.Y -= d }
func (p Point) Sum() int     { return p.X + p.Y }

type Weekday int

func (d Weekday) Next() Weekday { return (d + 1) % 7 }

func variadic(prefix string, xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	println(prefix, len(xs))
	return t
}

func named(n int) (a, b int) {
	a = n
	b = n * 2
	if n > 5 {
		return
	}
	return b, a
}

func main() {
	p := Point{1, 2}
	p.Move(5)
	q := &p
	q.Move(1)
	println(p.X, p.Y, q.Sum(), p.Sum())
	f := p.Sum
	g := (*Point).Move
	g(q, 100)
	println(f(), p.X)
	println(variadic("a"), variadic("b", 1, 2, 3), variadic("c", []int{4, 5}...))
	println(Weekday(6).Next())
	x, y := named(3)
	z, w := named(7)
	println(x, y, z, w)
	s := []int{}
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	t := s[2:5]
	t = append(t, 99)
	println(len(s), cap(s) >= 10, s[5], t[3], len(t))
	b := []byte("hi")
	b = append(b, " there"...)
	println(string(b))
	var arr [4]int
	for i := range arr {
		arr[i] = i * 3
	}
	sl := arr[1:3]
	sl[0] = 42
	println(arr[1], len(sl), cap(sl))
	k := 0
outer:
	for i := 0; i < 5; i++ {
		switch i {
		case 1:
			continue
		case 3:
			break outer
		default:
			k += 10
		}
		k++
	}
	println(k)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	println(i8, u8, 7>>1, -7/2, -7%2, uint32(1)<<31)
	str := "héllo"
	n := 0
	for _, r := range str {
		if r > 127 {
			n++
		}
	}
	println(n, str[1:3] == "é", len(str))
}
