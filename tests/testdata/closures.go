package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	c := counter()
	c()
	println(c())
	k := 10
	add := func(x int) int { return x + k }
	k = 20
	println(apply(add, 1))
	total := 0
	for i := 0; i < 3; i++ {
		func() {
			total += i
			func() { total *= 2 }()
		}()
	}
	println(total)
	sq := func(x int) int { return x * x }
	println(apply(sq, 7))
	key := "k"
	mk := func() map[string]int { return map[string]int{key: 1} }
	println(mk()["k"])
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		println(i, v)
	}
}
