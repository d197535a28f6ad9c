package main

func main() {
	defer x
}
