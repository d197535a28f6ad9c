// Golden source for growslice.c: the capacities append produces, for several element
// sizes, growing one element at a time to 2000, five at a time, and in one large step.
package main

type T12 struct{ a, b, c int32 }

type Empty struct{}

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			println("int", len(ints), cap(ints))
		}
	}
	sum := 0
	for _, v := range ints {
		sum += v
	}
	println("sum", sum)

	var bytes []byte
	last = -1
	for i := 0; i < 2000; i++ {
		bytes = append(bytes, byte(i))
		if cap(bytes) != last {
			last = cap(bytes)
			println("byte", len(bytes), cap(bytes))
		}
	}
	println("byte at 1999", bytes[1999])

	var int32s []int32
	last = -1
	for i := 0; i < 2000; i++ {
		int32s = append(int32s, int32(i))
		if cap(int32s) != last {
			last = cap(int32s)
			println("int32", len(int32s), cap(int32s))
		}
	}

	var structs []T12
	last = -1
	for i := 0; i < 2000; i++ {
		structs = append(structs, T12{int32(i), 0, 0})
		if cap(structs) != last {
			last = cap(structs)
			println("T12", len(structs), cap(structs))
		}
	}
	println("T12 at 1500", structs[1500].a)

	var strs []string
	last = -1
	for i := 0; i < 2000; i++ {
		strs = append(strs, "x")
		if cap(strs) != last {
			last = cap(strs)
			println("string", len(strs), cap(strs))
		}
	}

	var slices [][]int
	last = -1
	for i := 0; i < 2000; i++ {
		slices = append(slices, nil)
		if cap(slices) != last {
			last = cap(slices)
			println("slice", len(slices), cap(slices))
		}
	}

	var fives []int
	last = -1
	for i := 0; i < 400; i++ {
		fives = append(fives, i, i, i, i, i)
		if cap(fives) != last {
			last = cap(fives)
			println("five", len(fives), cap(fives))
		}
	}

	var big []int
	big = append(big, make([]int, 1000)...)
	println("big", len(big), cap(big))
	big = append(big, make([]int, 5000)...)
	println("big", len(big), cap(big))

	var empties []Empty
	for i := 0; i < 3; i++ {
		empties = append(empties, Empty{})
		println("empty", len(empties), cap(empties))
	}

	small := make([]int, 0, 5)
	small = append(small, 1, 2, 3, 4, 5, 6)
	println("from5", len(small), cap(small))
}
