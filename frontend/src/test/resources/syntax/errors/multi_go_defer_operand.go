package main

func main() {
	defer -f()
	go 1 + 2
	go f() + 1
	defer (f)() * 2
}
