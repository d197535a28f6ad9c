package main

// The values of run-time errors (recovered panics) are comparable and hashable: they can
// be interface map keys, equal errors (same text) hitting the same entry.

func index(s []int, i int) (err interface{}) {
	defer func() { err = recover() }()
	_ = s[i]
	return nil
}

func divide(a, b int) (err interface{}) {
	defer func() { err = recover() }()
	_ = a / b
	return nil
}

func nilMap() (err interface{}) {
	defer func() { err = recover() }()
	var m map[string]int
	m["a"] = 1
	return nil
}

func uncomparable() (err interface{}) {
	defer func() { err = recover() }()
	var x interface{} = []int{}
	_ = x == x
	return nil
}

func main() {
	errs := []interface{}{index([]int{1, 2, 3}, 5), index([]int{1, 2, 3}, 5), index([]int{1}, 5),
		divide(1, 0), divide(2, 0), nilMap(), nilMap(), uncomparable(), uncomparable()}
	seen := map[interface{}]int{}
	for i, e := range errs {
		seen[e]++
		println(i, seen[e], e == errs[0], e == errs[3])
	}
	println(len(seen))
	delete(seen, errs[3])
	println(len(seen), seen[divide(5, 0)], seen[index([]int{1, 2, 3}, 5)])
}
