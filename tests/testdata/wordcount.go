package main

// Counts words of a text in a map and prints the counts in a fixed order.

var text = "the quick brown fox jumps over the lazy dog the dog sleeps and the fox runs"

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func main() {
	counts := map[string]int{}
	order := []string{}
	for _, w := range words(text) {
		if _, seen := counts[w]; !seen {
			order = append(order, w)
		}
		counts[w]++
	}
	for _, w := range order {
		println(w, counts[w])
	}
	total := 0
	for _, n := range counts {
		total += n
	}
	println("distinct", len(counts), "total", total)
	delete(counts, "the")
	println("after delete", len(counts), counts["the"])
}
