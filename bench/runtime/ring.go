// A ring of 1,000 goroutines passing a token 1,000 times around.
package main

func main() {
	const n = 1000
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	total := 0
	for round := 0; round < 1000; round++ {
		first <- 0
		total += <-last
	}
	close(first)
	println("hops", total)
}
