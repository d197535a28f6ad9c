package main

// A method with a nil *T receiver called through an interface reads a field: the nil
// dereference panics, deferred calls run, and the panic is recoverable.

type T struct {
	a, b int
}

func (t *T) Sum() int { return t.a + t.b }

type Summer interface{ Sum() int }

func try(s Summer) (n int) {
	defer func() {
		if r := recover(); r != nil {
			var p *T
			n = -1
			defer func() { println("same value as a direct dereference:", recover() == r) }()
			_ = p.b
		}
	}()
	return s.Sum()
}

func main() {
	var p *T
	println(try(p))
	println(try(&T{1, 2}))
	var q *T
	var s Summer = q
	println(try(s))
}
