// Golden source for pointers.c: pointers, slices and interfaces print as addresses
// (compared after replacing every address of six or more hex digits by 0xADDR).
package main

var g int

func main() {
	var p *int
	println(p)
	println(&g)
	s := make([]int, 3, 10)
	println(s)
	var ns []int
	println(ns)
	var e interface{}
	println(e)
	e = 5
	println(e)
	println("end")
}
