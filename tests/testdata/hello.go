// The first program: println writes to standard error.
package main

func main() {
	println("hello, world")
}
