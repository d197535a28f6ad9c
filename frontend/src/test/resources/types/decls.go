package main

import "unsafe" // ERROR "imported and not used: \"unsafe\""

const (
	a = iota
	b
	c
	d int8 = 1 << (iota * 2)
	e /* ERROR "untyped int constant 256\) as int8 value in constant declaration \(overflows\)" */
	f /* ERROR "constant 1024" */
	g /* ERROR "constant 4096" */
	h /* ERROR "cannot use 1 << \(iota \* 2\) \(untyped int constant 16384\) as int8 value in constant declaration \(overflows\)" */
)

var x, y = 1 /* ERROR "assignment mismatch: 2 variables but 1 value" */

var z int = "s" /* ERROR "cannot use \"s\" \(untyped string constant\) as int value in variable declaration" */

var undef = missing /* ERROR "undefined: missing" */

type T struct {
	a int
	a /* ERROR "a redeclared" */ string
}

type R /* ERROR "invalid recursive type R" */ struct {
	r R
}

func (T) m() {}
func (T) m /* ERROR "T.m redeclared in this block" */ () {}

func dup() {}
func dup /* ERROR "dup redeclared in this block" */ () {}

const k int = 1.5 /* ERROR "cannot use 1.5 \(untyped float constant\) as int value in constant declaration \(truncated\)" */

var nc = 2
const notConst = nc /* ERROR "nc \(variable of type int\) is not constant" */

func main() {
	v := 1 // ERROR "v declared but not used"
	var w int // ERROR "w declared but not used"
	_ = iota /* ERROR "cannot use iota outside constant declaration" */
	_ = _ /* ERROR "cannot use _ as value" */
}
