// Golden source for panics.c: one panic or run-time error per case named by the first
// argument (the cases are listed in panics.cases). Only the text up to gc's
// "goroutine 1 [running]:" line is compared, plus the exit status.
package main

import (
	"math"
	"os"
	"unsafe"
)

type MyInt int
type S string
type F float64
type B bool
type C complex128
type U8 uint8
type I8 int8
type T struct{ a, b int }

func main() {
	s := []int{1, 2, 3}
	str := "hello"
	var arr [3]int
	zero, five, neg, two, three, ten, one := 0, 5, -1, 2, 3, 10, 1
	switch os.Args[1] {
	case "string":
		panic("boom")
	case "string_utf8":
		panic("héllo\n世界")
	case "int":
		panic(42)
	case "int_min":
		panic(math.MinInt64)
	case "int8":
		panic(int8(-5))
	case "uint64_max":
		panic(uint64(math.MaxUint64))
	case "uint16":
		panic(uint16(65535))
	case "float64":
		panic(1.5)
	case "float32":
		panic(float32(-0.25))
	case "bool":
		panic(true)
	case "complex128":
		panic(complex(1, -2))
	case "complex64":
		panic(complex64(complex(0.5, 3)))
	case "nil":
		panic(nil)
	case "named_int":
		panic(MyInt(5))
	case "named_string":
		panic(S("x"))
	case "named_float":
		panic(F(2.5))
	case "named_bool":
		panic(B(false))
	case "named_complex":
		panic(C(complex(1, 2)))
	case "named_uint8":
		panic(U8(200))
	case "named_int8":
		panic(I8(-100))
	case "struct":
		panic(T{1, 2})
	case "pointer":
		panic(&T{1, 2})
	case "slice":
		panic(s)
	case "index":
		println(s[five])
	case "index_negative":
		println(s[neg])
	case "index_unsigned":
		u := uint64(1 << 63)
		println(s[u])
	case "slice_cap":
		println(s[one:five])
	case "slice_b":
		println(s[three:two])
	case "slice_from":
		println(s[five:])
	case "slice_negative":
		println(s[neg:])
	case "string_len":
		println(str[one:ten])
	case "string_b":
		println(str[three:two])
	case "slice3_cap":
		println(s[zero:one:ten])
	case "slice3_b":
		println(s[zero:three:two])
	case "slice3_c":
		println(s[two:one:three])
	case "array3_len":
		println(arr[zero:one:ten])
	case "divide":
		println(five / zero)
	case "sigfpe":
		println(five % zero)
	case "shift":
		println(1 << neg)
	case "makeslice_len":
		println(make([]int, neg))
	case "makeslice_cap":
		println(make([]int, two, one))
	case "nilderef":
		var p *T
		println(p.b)
	case "sigsegv":
		var p *int
		println(*p)
	case "sigsegv_field":
		var p *T
		p.b = 1
	case "wild":
		p := (*int)(unsafe.Pointer(uintptr(0xdeadbeef)))
		println(*p)
	}
}
