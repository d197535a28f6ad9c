package main

func main() {
	if y := f(a.b, 2+3) {
	}
}
