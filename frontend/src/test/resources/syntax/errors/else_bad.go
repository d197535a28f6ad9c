package main

func main() {
	if x {
	} else for {
	}
}
