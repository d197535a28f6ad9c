package main

func f(a int, b string) {}
func v(a int, rest ...string) {}
func two() (int, string) { return 0, "" }

type I interface{ M() }
type T struct{ x int }

func (t *T) M()     {}
func (t T) Value() int { return t.x }

type E struct {
	*T
	y int
}

func main() {
	f(1 /* ERROR "not enough arguments in call to f" */)
	f(1, "a", 2 /* ERROR "too many arguments in call to f" */)
	f("a" /* ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to f" */, 1 /* ERROR "cannot use 1 \(untyped int constant\) as string value in argument to f" */)
	f(two())
	v(1)
	v(1, "a", "b")
	v(1, []string{}...)
	f /* ERROR "cannot use ... in call to non-variadic f" */(1, []string{}...)
	v(1, 2 /* ERROR "cannot use 2 \(untyped int constant\) as string value in argument to v" */)
	var x int
	x /* ERROR "invalid operation: cannot call non-function x \(variable of type int\)" */()
	var t T
	t.M()
	T{}.M /* ERROR "cannot call pointer method M on T" */()
	var i I = t /* ERROR "cannot use t \(variable of type T\) as type I in variable declaration:" */
	var i2 I = &t
	_, _ = i, i2
	var e E
	e.M()
	_ = e.x + e.y + e.Value()
	g := T.Value
	_ = g(t)
	h := (*T).M
	h(&t)
	_ = T.M /* ERROR "cannot call pointer method M on T" */
	_ = len /* ERROR "invalid operation: too many arguments for len\(\"abc\", \"d\"\) \(expected 1, found 2\)" */("abc", "d")
	_ = append(1 /* ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)" */, 2)
	s := []byte("x")
	s = append(s, "yz"...)
	s = append(s, 1, 2)
	_ = copy(s, "ab")
	_ = copy(s /* ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]byte\) and 1 \(untyped int constant\)" */, 1)
	_ = make(int /* ERROR "invalid argument: cannot make int; type must be slice, map, or channel" */)
	_ = make /* ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1" */([]int)
	_ = make([]int, 10 /* ERROR "invalid argument: length and capacity swapped" */, 5)
	_ = make(map[string]int)
	_ = new(T)
	var m map[string]int
	delete(m, 1 /* ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete" */)
	delete(x /* ERROR "invalid argument: x \(variable of type int\) is not a map" */, 1)
	close(x /* ERROR "invalid operation: cannot close non-channel x \(variable of type int\)" */)
	_ = cap(m /* ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap" */)
	_ = complex(1, 2)
	var f32 float32
	_ = complex(f32, 1.5)
	_ = real(1) /* nothing */
	_ = imag(x /* ERROR "invalid argument: argument has type int, expected complex type" */)
	panic(1)
	print(1, "a", nil /* ERROR "use of untyped nil in argument to print" */)
	_ = recover()
	const c = len([3]int{})
	var arr [c]int
	_ = arr
	_ = int("a" /* ERROR "cannot convert \"a\" \(untyped string constant\) to type int" */)
	_ = string(65)
	_ = []rune("abc")
	_ = string([]byte{65})
	_ = float32(1 /* ERROR "cannot convert 1 << 200 \(untyped int constant 1606938044258990275541962092341162602522202993782792835301376\) to type float32" */ << 200)
	_ = int8(200 /* ERROR "cannot convert 200 \(untyped int constant\) to type int8" */)
	_ = uint(- /* ERROR "cannot convert -1 \(untyped int constant\) to type uint" */1)
	_ = int(1.5 /* ERROR "cannot convert 1.5 \(untyped float constant\) to type int" */)
	_ = (*int)(nil)
	_ = T(1 /* ERROR "cannot convert 1 \(untyped int constant\) to type T" */)
	_ = int(f32)
	_ = bool(1 /* ERROR "cannot convert 1 \(untyped int constant\) to type bool" */)
}
