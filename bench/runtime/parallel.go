// A CPU-bound kernel split over 4 goroutines (the language has no GOMAXPROCS without the
// runtime package): each counts the primes in its share of [2, 4,000,000) by trial division.
package main

func isPrime(n int) bool {
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return n >= 2
}

func main() {
	const workers, limit = 4, 4000000
	results := make(chan int)
	for w := 0; w < workers; w++ {
		go func(w int) {
			count := 0
			for n := 2 + w; n < limit; n += workers {
				if isPrime(n) {
					count++
				}
			}
			results <- count
		}(w)
	}
	total := 0
	for w := 0; w < workers; w++ {
		total += <-results
	}
	println("primes below", limit, total)
}
