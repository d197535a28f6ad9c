package main

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i * i
	}
	ks, vs := 0, 0
	for k, v := range m {
		ks += k
		vs += v
	}
	println(ks, vs)

	// deleting entries not yet reached: they are not produced
	seen := map[int]bool{}
	for k := range m {
		if seen[k] {
			println("produced twice", k)
		}
		seen[k] = true
		delete(m, k^1)
		if _, ok := m[k^1]; ok {
			println("still there", k^1)
		}
	}
	pairs := 0
	for k := range seen {
		if seen[k^1] {
			pairs++
		}
	}
	println(len(seen), len(m), pairs)

	// deleting everything while iterating
	n := 0
	for k := range m {
		n++
		for j := range m {
			delete(m, j)
		}
		_ = k
	}
	println(n, len(m))

	// adding while iterating: each original entry is produced exactly once
	a := map[int]int{1: 1, 2: 2, 3: 3}
	count := map[int]int{}
	for k := range a {
		count[k]++
		a[k+100] = k
	}
	println(count[1], count[2], count[3], len(a) >= 6)

	// clearing and refilling a map during iteration
	c := map[string]int{"x": 1, "y": 2}
	iters := 0
	for k := range c {
		iters++
		delete(c, k)
		if iters > 10 {
			break
		}
	}
	println(iters, len(c))

	// key only and value only forms
	s := map[string]int{"one": 1, "two": 2, "three": 3}
	l := 0
	for k := range s {
		l += len(k)
	}
	t := 0
	for _, v := range s {
		t += v
	}
	println(l, t)
}
