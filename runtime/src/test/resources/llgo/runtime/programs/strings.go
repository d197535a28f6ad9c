// Golden source for strings.c: strings, concatenation, comparison, conversions, UTF-8.
package main

import "math"

var sinkBytes []byte
var sinkRunes []rune

func main() {
	s := "héllo, 世界 🙂"
	println(s, len(s))
	a, b := "foo", "bar"
	c := a + b
	empty := ""
	println(c, len(c), a+empty, empty+b, len(empty+empty))
	println(a < b, a > b, a == "foo", a != "foo", "ab" < "abc", "abc" < "ab", empty < "a")
	println("\xff" > "a", "a" <= "a", c == "foobar", c == "foobaz", "é" > "z", empty == "")
	for _, x := range []int64{65, 0xe9, 0x4e16, 0x1f642, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000,
		-1, 0xd800, 0xdfff, 0x10ffff, 0x110000, 1<<32 + 65, math.MinInt64, math.MaxInt64} {
		r := string(x)
		println(x, r, len(r))
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x99\x82\xed\xa0\x80\xc0\x80\xf4\x90\x80\x80\xc3\xa9\xef\xbf\xbdz\xe0\x80\xaf\xf8\x88\x80\x80\x80\xc3"
	for i, r := range bad {
		println(i, r)
	}
	sinkRunes = []rune(bad)
	println(len(sinkRunes), cap(sinkRunes))
	back := string(sinkRunes)
	println(back, len(back))
	sinkRunes = []rune{0x41, -1, 0xd800, 0x10ffff, 0x110000, 0xe9}
	back = string(sinkRunes)
	println(back, len(back))
	sinkBytes = []byte(s)
	println(len(sinkBytes), cap(sinkBytes))
	sinkBytes = []byte(c + ", " + s)
	println(len(sinkBytes), cap(sinkBytes))
	sinkBytes[0] = 'J'
	println(string(sinkBytes))
	sinkBytes = []byte(empty)
	println(len(sinkBytes), cap(sinkBytes), string(sinkBytes) == "")
}
