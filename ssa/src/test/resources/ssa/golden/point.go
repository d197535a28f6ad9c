package main

type Point struct{ X, Y int }

func (p *Point) Move(dx int) { p.X += dx }

func (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }

func main() {
	p := Point{1, 2}
	p.Move(3)
	println(p.Dist())
}
