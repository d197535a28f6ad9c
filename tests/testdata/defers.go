package main

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
		}
	}()
	q = a / b
	return q, ""
}

func order() {
	for i := 0; i < 3; i++ {
		defer println("deferred", i)
	}
	println("body")
}

func mustPositive(n int) int {
	if n < 0 {
		panic("negative")
	}
	return n
}

func main() {
	println(safeDiv(6, 3))
	println(safeDiv(1, 0))
	order()
	println(mustPositive(3))
}
