// Map insert and lookup: 1,000,000 int keys inserted, looked up (hits and misses), deleted.
package main

func main() {
	m := make(map[int]int)
	const n = 1000000
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	hits, sum := 0, 0
	for r := 0; r < 4; r++ {
		for i := 0; i < 2*n; i++ {
			if v, ok := m[i*7/2]; ok {
				hits++
				sum += v
			}
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	println("len", len(m), "hits", hits, "sum", sum)
}
