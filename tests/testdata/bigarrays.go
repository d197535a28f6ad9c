package main

// Arrays too long to compare element by element in line are compared in memory (memcmp
// for plain bytes, a loop otherwise) with Go's == semantics, and hashed consistently.

type Key [1000]byte

type Rec struct {
	id   int
	vals [6]string
}

func main() {
	var a, b Key
	b[999] = 1
	println(a == b, a == a, a != b)
	m := map[Key]int{a: 1, b: 2}
	var c Key
	c[999] = 1
	m[c] += 10
	println(len(m), m[a], m[b], m[Key{}])

	s1 := [6]string{"a", "b", "c", "d", "e", "f"}
	s2 := s1
	s2[5] = "F"
	println(s1 == s2, s1 == [6]string{"a", "b", "c", "d", "e", "f"})
	rm := map[Rec]string{{1, s1}: "one", {1, s2}: "two"}
	println(len(rm), rm[Rec{1, s1}], rm[Rec{1, s2}], rm[Rec{2, s1}] == "")

	zero, negZero := 0.0, 0.0
	negZero = -negZero
	nan := zero / zero
	f1 := [5]float64{1, 2, 3, 4, zero}
	f2 := [5]float64{1, 2, 3, 4, negZero}
	f3 := [5]float64{1, 2, 3, 4, nan}
	println(f1 == f2, f3 == f3)
	fm := map[[5]float64]int{}
	fm[f1]++
	fm[f2]++
	fm[f3]++
	fm[f3]++
	println(len(fm), fm[f1])

	var x, y interface{} = a, c
	println(x == y, x == interface{}(b), x == interface{}(Key{}))
	big := [8]interface{}{1, "two", 3.0}
	other := big
	println(big == other)
	other[7] = []int{}
	defer func() { println("recovered:", recover() != nil) }()
	println(big == other)
}
