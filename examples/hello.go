// The smallest llgo program: llgo-build -run examples/hello.go
package main

func main() {
	println("hello, world")
}
