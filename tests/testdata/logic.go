package main

func both(a, b bool) bool { return a && b }
func either(a, b bool) bool { return a || b }

func inRange(x, lo, hi int) bool {
	return x >= lo && x <= hi || x == -1
}

func main() {
	x := 5
	if x > 0 && x < 10 || !(x != 7) {
		println("yes")
	}
	ok := x > 3 && (x < 4 || x == 5)
	println(ok, both(true, false), either(false, true), inRange(3, 1, 4), inRange(-1, 0, 1))
	type pair struct {
		a int
		b string
	}
	p, q := pair{1, "x"}, pair{1, "x"}
	println(p == q, p != pair{2, "x"})
	var f float64 = 2
	var i int64 = int64(f * 1.5)
	var u uint16 = uint16(i) + 65535
	println(f/3, i, u, float32(i)/2, 7.0/2)
}
