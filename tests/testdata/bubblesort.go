// Slices: a literal, append, len, indexing and element swaps in a bubble sort.
package main

func bubbleSort(a []int) {
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(a)-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
}

func main() {
	a := []int{5, 2, 9, 1, 5, 6}
	a = append(a, -3)
	a = append(a, 42, 0)
	bubbleSort(a)
	for i := 0; i < len(a); i++ {
		print(a[i], " ")
	}
	println()
	println(len(a))
}
