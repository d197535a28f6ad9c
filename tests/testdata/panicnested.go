package main

// An unrecovered panic raised while another is running: both are printed, oldest first,
// and the deferred calls of every frame run before the program exits with status 2.

func g() {
	defer func() {
		var a []int
		i := 3
		println("deferred in g, about to index")
		println(a[i])
	}()
	panic(42)
}

func main() {
	defer println("main deferred")
	println("start")
	g()
}
