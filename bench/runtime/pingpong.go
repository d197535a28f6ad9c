// Channel ping-pong between two goroutines: 500,000 round trips over unbuffered channels.
package main

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 500000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	println("sum", sum)
}
