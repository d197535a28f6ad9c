package main

// An unrecovered fault from calling a nil func value prints gc's panic with its signal line
// and exits with status 2; deferred calls still run first.

var handlers []func(int) int

func pick(i int) func(int) int {
	if i < len(handlers) {
		return handlers[i]
	}
	var none func(int) int
	return none
}

func main() {
	defer println("deferred runs")
	println(pick(3)(4))
}
