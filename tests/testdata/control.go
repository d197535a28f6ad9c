// Control flow: for in its three forms, if/else chains, expression switch with
// fallthrough and default, break and continue (also labelled).
package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func main() {
	for _, i := range []int{-3, 0, 5, 50} {
		println(i, classify(i))
	}

	sum := 0
	for i := 0; i < 20; i++ {
		if i%3 == 0 {
			continue
		}
		if i > 14 {
			break
		}
		sum += i
	}
	println("sum", sum)

	n := 0
	for n < 100 {
		n = n*2 + 1
	}
	println("n", n)

	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	println("k", k)

	for day := 0; day < 8; day++ {
		switch day {
		case 0, 6:
			println(day, "weekend")
		case 1:
			println(day, "monday")
			fallthrough
		case 2:
			println(day, "start of week")
		default:
			if day == 7 {
				println(day, "out of range")
			} else if day == 5 {
				println(day, "friday")
			} else {
				println(day, "midweek")
			}
		}
	}

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println("pair", i, j)
		}
	}
}
