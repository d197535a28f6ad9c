package main

// Types declared inside functions are distinct even when they share a name: each small()
// and big() declares its own T (of different sizes), and main's package-level T is a third;
// their descriptors, equal and hash functions, zero values and maps of them must not be
// confused (GOROOT/test/bigmap.go).

func small() interface{} {
	type T struct {
		a int8
	}
	m := map[string]T{}
	m["x"] = T{7}
	s := []T{{1}, {2}}
	var k interface{} = T{3}
	println(m["x"].a, m["y"].a, len(s), s[1].a, k == interface{}(T{3}))
	return T{5}
}

func big() interface{} {
	type T struct {
		a, b, c, d int64
		name string
	}
	m := map[string]T{}
	m["x"] = T{1, 2, 3, 4, "four"}
	w := struct{ f T }{T{9, 8, 7, 6, "six"}}
	s := []T{{1, 1, 1, 1, "a"}, {2, 2, 2, 2, "b"}}
	println(m["x"].d, m["x"].name, m["y"].d, m["y"].name == "", w.f.a, w.f.name, len(s), s[1].name)
	return T{5, 5, 5, 5, "five"}
}

type T int

func main() {
	a := small()
	b := big()
	var c interface{} = T(3)
	println(a == b, a == a, b == b, c == c, a == c)
	keys := map[interface{}]int{a: 1, b: 2, c: 3}
	println(len(keys), keys[a], keys[b], keys[c])
	func() {
		type T [3]int
		var x interface{} = T{1, 2, 3}
		println(x == interface{}(T{1, 2, 3}), x == c)
		keys[x] = 4
	}()
	println(len(keys))
}
