// Goroutines: many at once, a worker pool, recover inside a goroutine, deep recursion on
// a goroutine's stack, results gathered over channels.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + pad[n%16] - n + 1
}

func safeDivide(a, b int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- "recovered"
		}
	}()
	out <- string(rune('0' + a/b))
}

func main() {
	// 10,000 goroutines, each sends once
	c := make(chan int)
	for i := 0; i < 10000; i++ {
		go func(i int) { c <- i }(i)
	}
	sum := 0
	for i := 0; i < 10000; i++ {
		sum += <-c
	}
	println("sum:", sum)

	// a worker pool
	jobs := make(chan int, 32)
	results := make(chan int, 32)
	for w := 0; w < 4; w++ {
		go func() {
			for n := range jobs {
				results <- fib(n)
			}
		}()
	}
	go func() {
		for n := 0; n < 25; n++ {
			jobs <- n
		}
		close(jobs)
	}()
	total := 0
	for n := 0; n < 25; n++ {
		total += <-results
	}
	println("fib total:", total)

	// a panic recovered inside a goroutine does not end the program
	out := make(chan string)
	go safeDivide(6, 2, out)
	println(<-out)
	go safeDivide(1, 0, out)
	println(<-out)

	// deep recursion on a goroutine's stack (about 200 MB of frames)
	d := make(chan int)
	go func() { d <- depth(1000000) }()
	println("depth:", <-d)
}
