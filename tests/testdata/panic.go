// panic with a string: gc prints "panic: <text>" and a goroutine trace, exit status 2.
package main

func check(n int) {
	if n > 2 {
		panic("n is too large")
	}
	println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
	println("not reached")
}
