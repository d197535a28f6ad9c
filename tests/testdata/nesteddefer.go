package main

// Nested functions each with deferred calls; a panic unwinds through several of them,
// running each one's deferred calls, until one recovers; a deferred function that panics
// again is recovered by an outer deferred call; a panic inside a deferred call that runs at
// a normal return, and a recover inside a function called by a deferred call during a panic.

func level3() {
	defer println("level3 deferred")
	panic("deep")
}

func level2() {
	defer println("level2 deferred")
	level3()
	println("not reached")
}

func level1() (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = "level1 recovered " + r.(string)
		}
	}()
	defer println("level1 deferred")
	level2()
	return "normal"
}

func repanic() (got string) {
	defer func() {
		got = recover().(string)
	}()
	defer func() {
		r := recover()
		panic(r.(string) + " again")
	}()
	panic("first")
}

func panicAtReturn() (n int) {
	defer func() {
		if recover() != nil {
			n = -n
		}
	}()
	defer func() { panic("in deferred call") }()
	n = 5
	return n * 2
}

func cleanup(name string) {
	defer func() { println(name, "cleanup recover is nil:", recover() == nil) }()
	println(name, "cleanup")
}

func unwindThroughCleanup() (s string) {
	defer func() {
		s = "outer recovered: " + recover().(string)
	}()
	defer cleanup("b")
	panic("p")
}

func recursive(n int) int {
	defer func() {
		if n == 0 {
			if r := recover(); r != nil {
				println("recovered at depth 0:", r.(int))
			}
		}
	}()
	if n == 3 {
		panic(n)
	}
	return recursive(n + 1)
}

func main() {
	println(level1())
	println(repanic())
	println(panicAtReturn())
	println(unwindThroughCleanup())
	println(recursive(0))
}
