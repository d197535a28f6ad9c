package main

func f() int { return 1 }
func g() (int, string) { return 1, "" }

func main() {
	x := 1
	x := /* ERROR "no new variables on left side of :=" */ 2
	_ = x
	a /* ERROR "a declared but not used" */, a /* ERROR "a repeated on left side of :=" */ := 1, 2
	1 /* ERROR "non-name 1 on left side of :=" */ := 2
	var s string
	s = 1 /* ERROR "cannot use 1 \(untyped int constant\) as string value in assignment" */
	s, x = g /* ERROR "cannot use g\(\) \(value of type string\) as type int in assignment" */ /* ERROR "cannot use g\(\) \(value of type int\) as type string in assignment" */ ()
	x, s = 1 /* ERROR "assignment mismatch: 2 variables but 1 value" */
	f()
	x /* ERROR "x \(variable of type int\) is not used" */
	x /* ERROR "x \+ 1 \(value of type int\) is not used" */ + 1
	f /* ERROR "cannot assign to f \(value of type func\(\) int\)" */ = nil
	s /* ERROR "invalid operation: s\+\+ \(non-numeric type string\)" */ ++
	if x /* ERROR "non-boolean condition in if statement" */ {
	}
	for s /* ERROR "non-boolean condition in for statement" */ {
	}
	break /* ERROR "break is not in a loop, switch, or select" */
	continue /* ERROR "continue is not in a loop" */
	switch x {
	case 1:
		fallthrough
	case 2:
		break
	case 1 /* ERROR "duplicate case 1 \(constant of type int\) in expression switch" */ :
	case "a" /* ERROR "cannot convert \"a\" \(untyped string constant\) to int|mismatched types" */ :
	default:
		fallthrough /* ERROR "cannot fallthrough final case in switch" */
	}
	{
		fallthrough /* ERROR "fallthrough statement out of place" */
	}
	defer int /* ERROR "defer requires function call, not conversion" */ (0)
	go len /* ERROR "go discards result of len\(s\) \(value of type int\)" */ (s)
	var ch chan<- int
	<-ch /* ERROR "invalid operation: cannot receive from send-only channel ch \(variable of type chan<- int\)" */
	var rc <-chan int
	rc /* ERROR "invalid operation: cannot send to receive-only channel rc \(variable of type <-chan int\)" */ <- 1
	for i := range 10 /* ERROR "cannot range over 10 \(untyped int constant\)" */ {
		_ = i
	}
	for k, v /* ERROR "range over rc \(variable of type <-chan int\) permits only one iteration variable" */ := range rc {
		_, _ = k, v
	}
	for i, c := range "héllo" {
		var r rune = c
		var n int = i
		_, _ = r, n
	}
	var m map[string]int
	m["a"].x /* ERROR "m\[\"a\"\].x undefined" */ = 1
	type P struct{ f int }
	var mp map[string]P
	mp /* ERROR "cannot assign to struct field mp\[\"a\"\].f in map" */ ["a"].f = 1
	var iface interface{}
	switch t := iface.(type) {
	case int, string:
		_ = t
	case int /* ERROR "duplicate case int in type switch" */ :
	}
	switch y /* ERROR "y declared but not used" */ := iface.(type) {
	}
	switch x /* ERROR "x \(variable of type int\) is not an interface" */ .(type) {
	}
	var b bool
	select {
	case b = <- /* ERROR "cannot use <-rc \(comma, ok expression of type int\) as type bool in assignment" */ rc:
	case v := <-rc:
		_ = v
	case ch <- 1:
	default:
	}
	_ = b
}

func noResult() {
	return 1 /* ERROR "too many return values" */
}

func oneResult() int {
	return /* ERROR "not enough return values" */
}

func twoResults() (int, string) {
	return 1 /* ERROR "not enough return values" */
}

func named() (r int) {
	return
}

func missing(x int) int {
	if x > 0 {
		return 1
	}
} /* ERROR "missing return" */

func terminating(x int) int {
	for {
	}
}

func terminating2(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic("x")
	}
}

func notTerminating(x int) int {
	for {
		break
	}
} /* ERROR "missing return" */

func labels() {
L1 /* ERROR "label L1 defined and not used" */ :
	for {
		break L2 /* ERROR "break label not defined: L2" */
	}
L3:
	for {
		continue L3
	}
L4:
	{
		break L4 /* ERROR "invalid break label L4" */
	}
	goto L5 /* ERROR "label L5 not defined" */
	goto L6 /* ERROR "goto L6 jumps over declaration of v at .*stmts.go:140:4" */
	v := 1
	_ = v
L6:
	goto L7 /* ERROR "goto L7 jumps into block starting at .*stmts.go:144:2" */
	{
	L7:
	}
}
