package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	sum := 0
	for i := 0; ; i++ {
		if i >= 20 {
			break
		}
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	println(sum)
	for _, n := range []int{-2, 0, 3, 4} {
		println(n, classify(n))
	}
	switch x := sum % 5; x {
	case 0, 1:
		println("low", x)
	case 2:
		println("two")
	default:
		println("high", x)
	}
	i := 0
	for i < 3 {
		if i == 1 {
			println("one")
		} else {
			println("not one")
		}
		i++
	}
}
