// Method expressions of promoted methods (Go spec: "Method expressions", "Selectors"): the
// receiver is the embedded field, reached by value or in place through pointers.
package main

type E struct{ n int }

func (e *E) Inc()    { e.n++ }
func (e E) Get() int { return e.n }

type P struct{ *E }
type V struct{ E }
type W struct{ V }

func main() {
	v := &V{}
	(*V).Inc(v)
	println((*V).Get(v), V.Get(*v))
	w := &W{}
	(*W).Inc(w)
	(*W).Inc(w)
	println(W.Get(*w))
	p := P{&E{5}}
	P.Inc(p)
	println(P.Get(p))
}
