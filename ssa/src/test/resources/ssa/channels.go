package main

func worker(in <-chan int, out chan<- int, done chan bool) {
	for v := range in {
		out <- v * 2
	}
	close(out)
	done <- true
}

func main() {
	in := make(chan int, 10)
	out := make(chan int, 10)
	done := make(chan bool)
	go worker(in, out, done)
	for i := 0; i < 3; i++ {
		in <- i
	}
	close(in)
	<-done
	sum := 0
	for {
		v, ok := <-out
		if !ok {
			break
		}
		sum += v
	}
	println(sum)
	c := make(chan int, 1)
	select {
	case c <- 1:
		println("sent")
	default:
		println("full")
	}
	select {
	case x := <-c:
		println("got", x)
	case x, ok := <-in:
		println(x, ok)
	}
}
