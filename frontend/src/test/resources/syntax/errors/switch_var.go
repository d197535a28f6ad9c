package main

func main() {
	switch var x = 1; x {
	}
}
