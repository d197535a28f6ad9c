package main

func sort(a []int) {
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
}

func main() {
	a := []int{5, 2, 9, 1, 7}
	a = append(a, 3, 8)
	a = append(a, -4)
	sort(a)
	for i := 0; i < len(a); i++ {
		print(a[i], " ")
	}
	println()
	println(len(a), cap(a))
}
