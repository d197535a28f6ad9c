package main

var (
	counter int
	names   = []string{"a", "b"}
	table   = map1()
	pi      = 3.14
)

func map1() [3]int { return [3]int{1, 2, 3} }

func init() {
	counter = 10
	names = append(names, "c")
}

func bump() int {
	counter++
	return counter
}

func main() {
	bump()
	println(counter, len(names), names[2], table[2], pi)
	f := bump
	println(f(), counter)
}
