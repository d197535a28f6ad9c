// Four goroutines receive trees of heap objects through a buffered channel while
// allocating garbage, so the collector runs while several threads allocate.
package main

type node struct {
	left, right *node
	val         int
}

func build(d int) *node {
	if d == 0 {
		return &node{val: 1}
	}
	return &node{build(d - 1), build(d - 1), d}
}

func (n *node) count() int {
	if n.left == nil {
		return n.val
	}
	return n.left.count() + n.right.count() + 1
}

func main() {
	c := make(chan *node, 16)
	done := make(chan int)
	for w := 0; w < 4; w++ {
		go func(w int) {
			sum := 0
			for n := range c {
				sum += n.count()
				_ = build(10) // garbage
			}
			done <- sum
		}(w)
	}
	for i := 0; i < 400; i++ {
		c <- build(12)
	}
	close(c)
	total := 0
	for w := 0; w < 4; w++ {
		total += <-done
	}
	println(total)
}
