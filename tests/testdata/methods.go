package main

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Add(k int) int {
	c.n += k
	return c.n
}

func (c Counter) Get() int { return c.n }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	p := &Counter{name: "p"}
	p.Inc()
	println(c.Get(), p.Get(), p.Add(10), c.n, p.name)
}
