// select: a ready case among several is chosen at random, default when none is ready,
// send and receive cases, closed channels, a loop of selects as a multiplexer.
package main

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	na, nb := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	println("both chosen:", na > 10 && nb > 10, na+nb)

	// default when nothing is ready
	e := make(chan int)
	select {
	case v := <-e:
		println("impossible", v)
	default:
		println("default")
	}

	// a send case proceeds when there is room
	s := make(chan int, 1)
	select {
	case s <- 7:
		println("sent")
	default:
		println("impossible")
	}
	select {
	case s <- 8:
		println("impossible")
	default:
		println("full")
	}
	println(<-s)

	// a closed channel is always ready, with ok false
	cl := make(chan string)
	close(cl)
	select {
	case v, ok := <-cl:
		println("closed:", v == "", ok)
	}

	// multiplexing two producers until both are done
	x := make(chan int)
	y := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 5; i++ {
			x <- i
		}
		quit <- true
	}()
	go func() {
		for i := 1; i <= 5; i++ {
			y <- i * 100
		}
		quit <- true
	}()
	total, quits := 0, 0
	for quits < 2 {
		select {
		case v := <-x:
			total += v
		case v := <-y:
			total += v
		case <-quit:
			quits++
		}
	}
	println("total:", total)

	// a blocked select woken by a send from another goroutine
	w := make(chan int)
	res := make(chan int)
	go func() {
		select {
		case v := <-w:
			res <- v + 1
		case v := <-e:
			res <- v
		}
	}()
	w <- 41
	println("woken:", <-res)
}
