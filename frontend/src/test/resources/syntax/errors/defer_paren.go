package main

func main() {
	defer (f())
}
