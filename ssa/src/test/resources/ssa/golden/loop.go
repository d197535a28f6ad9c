package main

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		if i%3 == 0 {
			continue
		}
		s += i
	}
	return s
}

func main() { println(sum(10)) }
