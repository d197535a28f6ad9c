package main

// A panic raised by a deferred call after it recovered the first one: gc prints both,
// the first marked [recovered], and exits with status 2 after running every deferred call.

func f() {
	defer println("f deferred runs")
	defer func() {
		r := recover()
		panic("second after " + r.(string))
	}()
	panic("first")
}

func main() {
	defer println("main deferred runs")
	f()
}
