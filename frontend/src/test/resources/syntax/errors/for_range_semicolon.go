package main

func main() {
	for x := range y; ; {
	}
}
