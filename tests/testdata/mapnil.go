package main

func main() {
	var m map[string][]int
	println(len(m), len(m["x"]), m == nil)
	for k := range m {
		println(k)
	}
	delete(m, "x")
	m["x"] = []int{1}
}
