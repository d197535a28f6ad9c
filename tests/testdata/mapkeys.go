package main

type P struct {
	X, Y int
	S    string
}

type K struct {
	a int8
	_ int32
	b int64
}

type I interface{ M() int }

type A int

func (a A) M() int { return int(a) }

type B struct{ s string }

func (b *B) M() int { return len(b.s) }

func main() {
	pm := map[P]string{{1, 2, "x"}: "one"}
	pm[P{1, 2, "x"}] += "!"
	pm[P{2, 1, "x"}] = "two"
	println(len(pm), pm[P{1, 2, "x"}], pm[P{2, 1, "x"}], pm[P{1, 2, "y"}] == "")

	km := map[K]int{}
	km[K{a: 1, b: 2}] = 3
	km[K{a: 1, b: 2}] += 4
	println(len(km), km[K{a: 1, b: 2}])

	am := map[[3]int]int{}
	am[[3]int{1, 2, 3}] = 6
	am[[3]int{1, 2, 3}]++
	println(len(am), am[[3]int{1, 2, 3}], am[[3]int{3, 2, 1}])
	sa := map[[2]string]int{{"a", "b"}: 1, {"ab", ""}: 2}
	println(sa[[2]string{"a", "b"}], sa[[2]string{"ab", ""}], sa[[2]string{"", "ab"}])

	zero := 0.0
	nan := zero / zero
	fm := map[float64]int{}
	fm[nan] = 1
	fm[nan] = 2
	negz := -zero
	fm[zero] = 5
	fm[negz] = 6
	v, ok := fm[nan]
	println(len(fm), fm[0], v, ok)
	nans := 0
	for k, v := range fm {
		if k != k {
			nans += v
		}
	}
	println(nans)
	delete(fm, nan)
	println(len(fm))
	delete(fm, negz)
	println(len(fm))
	f32 := map[float32]bool{float32(negz): true}
	println(f32[0], len(f32))
	cm := map[complex128]int{complex(zero, negz): 1}
	cm[complex(negz, zero)]++
	println(len(cm), cm[0])

	im := map[interface{}]int{}
	im[1] = 1
	im["1"] = 2
	im[1.0] = 3
	im[P{1, 2, "x"}] = 4
	im[1] += 10
	im[nil] = 5
	im[[2]int{1, 2}] = 6
	println(len(im), im[1], im["1"], im[1.0], im[P{1, 2, "x"}], im[int8(1)], im[nil], im[[2]int{1, 2}])
	p := &P{}
	im[p] = 7
	println(im[p], im[&P{}])

	ifm := map[I]string{}
	ifm[A(3)] = "A3"
	b := &B{"hello"}
	ifm[b] = "B"
	ifm[A(3)] += "!"
	println(len(ifm), ifm[A(3)], ifm[b], ifm[&B{"hello"}] == "", ifm[nil] == "")

	bm := map[bool]int{true: 1}
	bm[false]--
	println(bm[true], bm[false], len(bm))
	rm := map[rune]string{'a': "A"}
	println(rm['a'], rm['b'] == "")
	um := map[uint8]int{255: 1}
	println(um[255], um[0])
}
