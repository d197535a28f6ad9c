// Sending on a closed channel panics; the panic is recoverable, and close of a closed
// channel panics too; the last one is not recovered.
package main

func trySend(c chan int) {
	defer func() {
		println("recovered:", recover() != nil)
	}()
	c <- 1
}

func main() {
	c := make(chan int, 1)
	close(c)
	trySend(c)
	func() {
		defer func() {
			println("recovered:", recover() != nil)
		}()
		var n chan int
		close(n)
	}()
	close(c)
}
