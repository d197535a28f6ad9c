// Recursive Fibonacci with a global call counter: calls, returns, integer arithmetic.
package main

var calls int

func fib(n int) int {
	calls++
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("fib(35) =", fib(35), "calls:", calls)
}
