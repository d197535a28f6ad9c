package main

func main() {
	for { func }
}
