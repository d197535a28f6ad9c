package main

func sort(a []int) {
	n := len(a)
	for i := 0; i < n; i++ {
		for j := 0; j < n-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
}

func main() {
	s := []int{5, 2, 9, 1, 7}
	s = append(s, 3)
	s = append(s, 8, 0)
	sort(s)
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
}
