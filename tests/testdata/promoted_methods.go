// Method sets through embedding (Go spec "Method sets", "Selectors", "Struct types"):
// methods promoted from embedded structs, embedded pointers and embedded interfaces reach
// interface values (itabs and method tables), type assertions and interface-to-interface
// conversions; ambiguous and shadowed names are left out.
package main

type Namer interface{ Name() string }

type Sizer interface{ Size() int }

type NameSizer interface {
	Namer
	Sizer
}

type file struct{ name string }

func (f file) Name() string { return f.name }

type counter struct{ n int }

func (c *counter) Size() int { c.n++; return c.n }

// Promoted from an embedded interface: Name comes through the Namer field.
type labelled struct {
	Namer
	extra int
}

// Both kinds at once: Name through an embedded interface, Size through an embedded pointer.
type both struct {
	Namer
	*counter
}

// Ambiguous at depth 1: Name from two embedded interfaces; Size only from one.
type twoNamers struct {
	Namer
	NameSizer
}

// A field hides the promoted method of the same name.
type shadowed struct {
	Namer
	Name int
}

type renamed struct{ file }

func (r renamed) Name() string { return "renamed " + r.file.Name() }

type deep struct{ labelled }

func describe(v interface{}) {
	_, isNamer := v.(Namer)
	_, isSizer := v.(Sizer)
	println(isNamer, isSizer)
}

func main() {
	var n Namer = labelled{Namer: file{"a.txt"}}
	println(n.Name())

	n = &labelled{Namer: renamed{file{"b.txt"}}}
	println(n.Name())

	n = deep{labelled{Namer: file{"deep.txt"}}}
	println(n.Name())

	c := &counter{}
	var ns NameSizer = both{file{"c.txt"}, c}
	println(ns.Name(), ns.Size(), ns.Size(), c.n)

	var s Sizer = ns
	println(s.Size())
	n = ns
	println(n.Name())

	var e interface{} = both{Namer: file{"d.txt"}, counter: &counter{n: 10}}
	if x, ok := e.(NameSizer); ok {
		println("NameSizer", x.Name(), x.Size())
	}
	describe(labelled{Namer: file{"e"}})
	describe(&labelled{Namer: file{"f"}})
	describe(twoNamers{})
	describe(shadowed{})
	describe(both{})
	describe(renamed{})

	f := labelled{Namer: file{"method value"}}.Name
	println(f())
	g := Namer.Name
	println(g(labelled{Namer: file{"method expression"}}))

	defer func() {
		println("recovered:", recover() != nil)
	}()
	n = labelled{}
	println(n.Name())
}
