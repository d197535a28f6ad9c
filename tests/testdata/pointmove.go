package main

type Point struct {
	X, Y int
}

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (p Point) Sum() int { return p.X + p.Y }

func main() {
	p := Point{1, 2}
	p.Move(10, 20)
	q := &Point{X: 5}
	q.Move(1, 1)
	println(p.X, p.Y, p.Sum(), q.X, q.Y, q.Sum())
}
