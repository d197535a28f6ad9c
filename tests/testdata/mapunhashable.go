package main

type T struct{ s []int }

func main() {
	m := map[interface{}]int{}
	m[1] = 2
	println(len(m))
	var k interface{} = T{}
	m[k] = 3
	println("unreachable")
}
