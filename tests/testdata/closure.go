package main

var total int
var greeting = "hi"

func counter(step int) func() int {
	n := 0
	return func() int {
		n += step
		total += n
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return x * 2 }

func main() {
	c := counter(5)
	c()
	c()
	println(c(), total, greeting, apply(double, 21))
}
