// The spectral-norm benchmark (Computer Language Benchmarks Game): float64 loops over slices.
package main

func a(i, j int) float64 { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }

func times(v, u []float64) {
	for i := range v {
		s := 0.0
		for j := range u {
			s += a(i, j) * u[j]
		}
		v[i] = s
	}
}

func timesTransp(v, u []float64) {
	for i := range v {
		s := 0.0
		for j := range u {
			s += a(j, i) * u[j]
		}
		v[i] = s
	}
}

func aTimesTransp(v, u []float64) {
	x := make([]float64, len(u))
	times(x, u)
	timesTransp(v, x)
}

func sqrt(x float64) float64 {
	r := x
	for i := 0; i < 100; i++ {
		next := 0.5 * (r + x/r)
		if next == r {
			break
		}
		r = next
	}
	return r
}

func main() {
	n := 2000
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	for i := 0; i < 10; i++ {
		aTimesTransp(v, u)
		aTimesTransp(u, v)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	println(sqrt(vBv / vv))
}
