// A range clause with = assigns the iteration values in each iteration as an assignment
// statement does: the operands on the left (calls, index expressions, indirections) are
// evaluated anew in each iteration (Go spec "For statements with range clause").
package main

var calls []string

func at(name string, p *int) *int {
	calls = append(calls, name)
	return p
}

func main() {
	var i, v int
	for *at("i", &i), *at("v", &v) = range []int{10, 20, 30} {
		println("slice", i, v)
	}
	println(len(calls), "calls")

	calls = nil
	var a [3]int
	n := 0
	for a[func() int { n++; return n - 1 }()] = range [3]int{} {
	}
	println("array index evaluated", n, "times:", a[0], a[1], a[2])

	calls = nil
	var r rune
	sum := 0
	for i, *(*rune)(&r) = range "héllo" {
		sum += i
	}
	println("string:", i, r, sum, len(calls), "calls")

	calls = nil
	m := map[int]int{}
	for m[len(m)] = range []int{7, 8, 9} {
	}
	println("map keys:", len(m), m[0], m[1], m[2])

	ch := make(chan int, 3)
	ch <- 4
	ch <- 5
	close(ch)
	var s []int = make([]int, 2)
	idx := 0
	for s[func() int { idx++; return idx - 1 }()] = range ch {
	}
	println("channel:", s[0], s[1], idx)

	calls = nil
	for *at("empty", &i) = range []int{} {
	}
	println(len(calls), "calls over an empty slice")
}
