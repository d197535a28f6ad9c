// Strings: concatenation in a loop, len, comparison and indexing bytes.
package main

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += "ab"
		if i%3 == 0 {
			s = s + "-"
		}
	}
	println(s, len(s))
	t := "go" + "pher"
	println(t, t == "gopher", t < "golang", t[0], t[len(t)-1])
	words := []string{"one", "two", "three"}
	joined := ""
	for i, w := range words {
		if i > 0 {
			joined += ", "
		}
		joined += w
	}
	println(joined)
}
