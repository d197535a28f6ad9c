package main

// Sets as maps: sieve of primes, set intersection, struct and interface keys.

type pt struct{ x, y int }

func main() {
	composite := map[int]bool{}
	primes := 0
	for i := 2; i < 5000; i++ {
		if composite[i] {
			continue
		}
		primes++
		for j := i * i; j < 5000; j += i {
			composite[j] = true
		}
	}
	println("primes below 5000:", primes, "composites:", len(composite))

	a := map[int]struct{}{}
	b := map[int]struct{}{}
	for i := 0; i < 300; i += 2 {
		a[i] = struct{}{}
	}
	for i := 0; i < 300; i += 3 {
		b[i] = struct{}{}
	}
	both := 0
	for k := range a {
		if _, ok := b[k]; ok {
			both += k
		}
	}
	println("sum of multiples of 6:", both)

	visited := map[pt]int{}
	p := pt{0, 0}
	moves := []pt{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}
	for step := 0; step < 1000; step++ {
		visited[p]++
		m := moves[(step*7+step/3)%4]
		p = pt{p.x + m.x, p.y + m.y}
	}
	most := 0
	for _, n := range visited {
		if n > most {
			most = n
		}
	}
	println("cells:", len(visited), "origin:", visited[pt{0, 0}], "most:", most)

	any := map[interface{}]string{1: "int", "1": "string", 1.5: "float", pt{1, 2}: "pt", true: "bool"}
	println(any[1], any["1"], any[1.5], any[pt{1, 2}], any[true], any[int64(1)] == "")
}
