package main

// Comparing interfaces whose dynamic type is not comparable panics with gc's
// "comparing uncomparable type T", also when the type is pointer-shaped (a map is stored in
// the data word itself) and when both operands hold the very same value.

func compare(name string, x, y interface{}) {
	defer func() {
		if recover() != nil {
			println(name, "panicked")
		}
	}()
	println(name, x == y)
}

type S struct{ s []byte }

func main() {
	var f func()
	m := map[string]int{}
	var p *int
	compare("int", 1, 1)
	compare("ptr", p, p)
	compare("map", m, m)
	compare("nil map", map[string]int(nil), map[string]int(nil))
	compare("slice", []int{1}, []int{1})
	compare("func", f, f)
	compare("struct", S{}, S{})
	compare("different types", m, 1)
	compare("nil and map", nil, m)
	compare("map and nil", m, nil)
	var x interface{} = map[string]int{"a": 1}
	println(x == x)
}
