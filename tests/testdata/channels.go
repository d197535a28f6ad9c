// Channels: unbuffered and buffered, close, comma-ok receive, range, len and cap, nil
// channels in select, element types of every size (gc's runtime/chan.go semantics).
package main

type point struct {
	x, y int
	name string
}

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func squares(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	// a pipeline of unbuffered channels
	a := make(chan int)
	b := make(chan int)
	go producer(10, a)
	go squares(a, b)
	sum := 0
	for v := range b {
		sum += v
	}
	println("sum of squares:", sum)

	// a buffered channel is FIFO; len and cap
	c := make(chan string, 4)
	c <- "one"
	c <- "two"
	c <- "three"
	println(len(c), cap(c))
	println(<-c, <-c)
	c <- "four"
	close(c)
	for s := range c {
		println("drained", s)
	}
	v, ok := <-c
	println("closed:", v == "", ok, len(c), cap(c))

	// struct elements, zero-size elements
	pc := make(chan point, 1)
	pc <- point{1, 2, "p"}
	p := <-pc
	println(p.x, p.y, p.name)
	done := make(chan struct{})
	go func() {
		done <- struct{}{}
	}()
	<-done
	close(done)
	_, ok = <-done
	println("struct{} closed ok:", ok)

	// bools and bytes keep their values
	bc := make(chan bool, 2)
	bc <- true
	bc <- false
	println(<-bc, <-bc)
	var nilc chan int
	println(len(nilc), cap(nilc))
	select {
	case nilc <- 1:
		println("impossible")
	case v := <-nilc:
		println("impossible", v)
	default:
		println("nil channels never proceed")
	}

	// a channel of channels
	reply := make(chan chan int, 1)
	go func() {
		r := <-reply
		r <- 42
	}()
	r := make(chan int)
	reply <- r
	println("reply:", <-r)
}
