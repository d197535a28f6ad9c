package main

type P struct {
	X, Y int
	name string
}

type I interface {
	M()
	N() int
}

type S struct{}

func (S) M()       {}
func (*S) N() int  { return 0 }

type W struct{}

func (W) M()          {}
func (W) N() string { return "" }

func main() {
	_ = P{1, 2, "a"}
	_ = P{X: 1, Y: 2}
	_ = P{1, 2} /* ERROR "too few values in P\{…\}" */
	_ = P{1, 2, "a", 4 /* ERROR "too many values in P\{…\}" */}
	_ = P{X: 1, 2 /* ERROR "mixture of field:value and value elements in struct literal" */}
	_ = P{Z /* ERROR "unknown field 'Z' in struct literal of type P" */: 1}
	_ = P{X: 1, X /* ERROR "duplicate field name X in struct literal" */ : 2}
	_ = P{X: "a" /* ERROR "cannot use \"a\" \(untyped string constant\) as int value in struct literal" */}
	_ = []int{1, 2, "a" /* ERROR "cannot use \"a\" \(untyped string constant\) as int value in array or slice literal" */}
	_ = [2]int{1, 2, 3 /* ERROR "index 2 is out of bounds \(>= 2\)" */}
	_ = []int{0: 1, 0 /* ERROR "duplicate index 0 in array or slice literal" */ : 2}
	_ = [...]int{1, 2, 3}
	a := [...]string{5: "x"}
	var b [6]string = a
	_ = b
	_ = map[string]int{"a": 1, "a" /* ERROR "duplicate key \"a\" in map literal" */: 2}
	_ = map[string]int{"a" /* ERROR "missing key in map literal" */}
	_ = []P{{1, 2, "a"}, {X: 3}}
	_ = []*P{{X: 1}, &P{}}
	_ = map[P]string{{1, 2, ""}: "x"}
	_ = int /* ERROR "invalid composite literal type int" */{}
	var i I = S /* ERROR "cannot use S\{\} \(value of type S\) as type I in variable declaration:" */{}
	var j I = &S{}
	var k I = W /* ERROR "cannot use W\{\} \(value of type W\) as type I in variable declaration:" */{}
	var l I = 1 /* ERROR "cannot use 1 \(constant of type int\) as type I in variable declaration:" */
	_, _, _, _ = i, j, k, l
	var e interface{} = 1
	_ = e.(S)
	_ = j /* ERROR "impossible type assertion: j.\(S\)" */.(S)
	_ = j.(*S)
	switch j.(type) {
	case S /* ERROR "impossible type switch case: S" */:
	case *S, nil:
	}
	f := func(x int) int { return x * 2 }
	_ = f(1)
	var g func() = func /* ERROR "cannot use func\(\) int \{…\} \(value of type func\(\) int\) as type func\(\) in variable declaration" */() int { return 1 }
	_ = g
	counter := 0
	inc := func() { counter++ }
	inc()
	unused /* ERROR "unused declared but not used" */ := func() {}
}
