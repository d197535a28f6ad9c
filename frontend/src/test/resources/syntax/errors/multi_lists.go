package main

import "fmt"

func main() {
	fmt.Println("a" "b")
	fmt.Println(1,, 2)
	var v int = 
	v++
}

type T struct {
	a int b int
	c int
}

func (T) m( {
}
