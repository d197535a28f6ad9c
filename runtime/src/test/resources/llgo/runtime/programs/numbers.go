// Golden source for numbers.c: print and println of every numeric kind, bool and hex.
package main

import (
	"math"
	"unsafe"
)

func main() {
	zero := 0.0
	negZero := math.Copysign(0, -1)
	println(zero, negZero, 1.5, 1e300, 1e-300, math.NaN(), math.Inf(1), math.Inf(-1), 123456789.0)
	println(-2.5e-10, 9.9999999, 0.99999996, 5e-324, math.MaxFloat64, 1.0, 100.0, -7.0)
	println(float32(0.1), float32(3.4e38), float32(-1.0/3.0))
	println(int8(-128), int8(127), int16(-32768), int16(32767))
	println(int32(-2147483648), int32(2147483647), int64(math.MinInt64), int64(math.MaxInt64), 0, -1)
	println(uint8(255), uint16(65535), uint32(4294967295), uint64(math.MaxUint64), uint(0), uintptr(31))
	print(1, 2, "x", true, "\n")
	println(true, false)
	println(complex(1, 2), complex(-0.5, math.Inf(1)), complex64(complex(1.5, -2)))
	println(unsafe.Pointer(uintptr(0x1f)), unsafe.Pointer(uintptr(0)), unsafe.Pointer(uintptr(0xdeadbeef)), unsafe.Pointer(uintptr(math.MaxUint64)))
	println()
	println("end")
}
