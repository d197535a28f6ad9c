package main

// Without recover a panic still runs every deferred call, innermost first, then prints
// gc's message and exits with status 2; recover called outside the panicking sequence
// (not from a deferred call, or from one run by a normal return) returns nil.

func inner() {
	defer println("inner deferred")
	var m []string
	println(recover() == nil)
	panic("fatal: " + string(rune('A'+len(m))))
}

func main() {
	defer println("main deferred 1")
	defer func() { println("main deferred 2") }()
	defer inner()
	defer func() { println("recover at a normal return is nil:", recover() == nil) }()
	println("main body")
}
