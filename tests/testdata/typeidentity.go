// Type identity at run time: interface comparisons, type assertions and map keys see
// identical types as one type and distinct types as two (Go spec "Type identity").
package main

type Int = int
type Byte = byte

func f() (ok bool)          { return true }
func g(a, b int) (s int)    { return a + b }
func h(x ...string) (n int) { return len(x) }

func main() {
	// Parameter and result names are not part of a function type.
	var i interface{} = f
	_, ok := i.(func() bool)
	println("func() (ok bool) is func() bool:", ok)
	var j interface{} = g
	_, ok = j.(func(int, int) int)
	println("func(a, b int) (s int) is func(int, int) int:", ok)
	var k interface{} = h
	_, ok = k.(func(...string) int)
	println("variadic with names:", ok)
	_, ok = k.(func([]string) int)
	println("variadic is not a slice parameter:", ok)

	// An embedded field is named by what is written: an alias gives its own name.
	var a, b, c interface{} = struct{ int }{}, struct{ Int }{}, struct{ int }{}
	println("struct{int} == struct{Int}:", a == b, "struct{int} == struct{int}:", a == c)
	var d, e interface{} = struct{ byte }{}, struct{ uint8 }{}
	println("struct{byte} == struct{uint8}:", d == e)
	var p, q interface{} = struct{ Byte }{}, struct{ byte }{}
	println("struct{Byte} == struct{byte}:", p == q)
	var r, s interface{} = struct{ *Int }{}, struct{ *int }{}
	println("struct{*Int} == struct{*int}:", r == s)
	var t, u interface{} = struct{ Int int }{}, struct{ Int }{}
	println("struct{Int int} == struct{Int}:", t == u)
	_, ok = b.(struct{ int })
	println("struct{Int} is struct{int}:", ok)

	// Aliases declared in blocks name the same types as what they stand for.
	var x, y interface{}
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = int32
		y = struct{ C }{}
	}
	println("two struct{C} with C = int32:", x == y)
	{
		type C = uint32
		y = struct{ C }{}
	}
	println("struct{C} with int32 and uint32:", x == y)

	m := map[interface{}]int{}
	m[struct{ int }{}]++
	m[struct{ Int }{}]++
	m[struct{ int }{}]++
	println("map keys:", len(m), m[struct{ int }{}], m[struct{ Int }{}])
}
