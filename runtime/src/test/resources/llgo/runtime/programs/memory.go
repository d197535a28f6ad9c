// Golden source for memory.c: copy (overlapping, shorter side wins, zero-size elements) and make.
package main

type Empty struct{}

func main() {
	s := []int{1, 2, 3, 4, 5}
	n := copy(s[1:], s)
	println(n, s[0], s[1], s[2], s[3], s[4])
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	println(n, s[0], s[1], s[2], s[3], s[4])
	d := make([]byte, 3)
	n = copy(d, "hello")
	println(n, string(d))
	n = copy(d, []byte{})
	println(n, string(d))
	var e []Empty
	n = copy(e, make([]Empty, 4))
	println(n)
	f := make([]Empty, 2)
	n = copy(f, make([]Empty, 4))
	println(n)
	z := make([]int64, 4, 8)
	println(z[0], z[3], len(z), cap(z))
	zs := make([]Empty, 3)
	println(len(zs), cap(zs))
	big := make([]int32, 100000)
	sum := int32(0)
	for _, v := range big {
		sum += v
	}
	println(len(big), cap(big), sum)
}
