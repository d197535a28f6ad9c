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

func day(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1:
		fallthrough
	case 2, 3, 4, 5:
		return "weekday"
	}
	return "?"
}

func main() {
	sum := 0
	for i := 0; i < 100; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 50 {
			break
		}
		sum += i
	}
	println(sum)
	k := 0
	for k < 10 {
		k += 3
	}
	println(k)
	for {
		k--
		if k < 5 {
			break
		}
	}
	if k == 4 {
		println("four")
	} else if k == 3 {
		println("three")
	} else {
		println("other")
	}
	println(classify(-3), classify(0), classify(5), classify(50))
	println(day(0), day(1), day(3), day(9))
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
}
