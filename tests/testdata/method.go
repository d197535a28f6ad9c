// A struct type with a pointer-receiver method that mutates it and a value-receiver method.
package main

type Counter struct {
	name  string
	count int
}

func (c *Counter) Add(n int) {
	c.count += n
}

func (c Counter) Get() int {
	return c.count
}

func main() {
	c := Counter{name: "clicks"}
	c.Add(3)
	c.Add(4)
	p := &c
	p.Add(10)
	println(c.name, c.Get(), p.count)
}
