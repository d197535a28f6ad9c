// The binary-trees benchmark (Computer Language Benchmarks Game), depth 17: allocation and collection of small objects.
package main

type Node struct{ left, right *Node }

func bottomUp(d int) *Node {
	if d <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(d - 1), bottomUp(d - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	n := 17
	maxD := n
	stretch := bottomUp(maxD + 1)
	println("stretch tree of depth", maxD+1, "\t check:", stretch.check())
	long := bottomUp(maxD)
	for d := 4; d <= maxD; d += 2 {
		iters := 1 << uint(maxD-d+4)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		println(iters, "\t trees of depth", d, "\t check:", check)
	}
	println("long lived tree of depth", maxD, "\t check:", long.check())
}
