package main

func adder() func(int) int {
	total := 0
	return func(x int) int {
		total += x
		return total
	}
}

func main() {
	a := adder()
	println(a(1) > 1 && a(2) > 0 || a(3) == 7)
}
