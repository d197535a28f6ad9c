// maps.c's Go twin.
package main

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i * 3
	}
	println("len sum", len(m), m[10]+m[999]+m[1000])
	produced, odd, twice := 0, 0, 0
	seen := map[int]int{}
	for k := range m {
		if seen[k] != 0 {
			twice++
		}
		seen[k] = 1
		produced++
		if k < 5000 && k%2 == 1 {
			odd++
		}
		if k%2 == 0 {
			delete(m, k+1)
		}
		if k < 5000 {
			m[k+5000] = k
		}
	}
	println("produced twice", b2i(produced >= 500 && produced <= 1000+500), twice)
	oddleft := 0
	for i := 1; i < 1000; i += 2 {
		oddleft += b2i(m[i] != 0)
	}
	println("odd produced still-present", b2i(odd <= 500), oddleft)
	for i := 0; i < 6000; i++ {
		delete(m, i)
	}
	println("emptied", len(m), m[5000])
	f := map[float64]int{}
	zero := 0.0
	negzero, nan := -zero, zero/zero
	f[zero] = 1
	f[negzero] += 1
	f[nan] = 5
	f[nan] = 6
	println("floats", len(f), f[zero])
	_, ok := f[nan]
	println("nan found", b2i(ok), 0)
	var n map[int]int
	_, ok = n[1]
	println("nil map", len(n), b2i(!ok))
	delete(n, 1)
	it := 0
	for range n {
		it++
	}
	println("nil range", it, 0)
	n[1] = 1
}
