package main

func main() {
	a, b++
}
