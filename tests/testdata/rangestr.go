package main

func main() {
	for i, r := range "héllo, 世界\xff!" {
		print(i, ":", r, " ")
	}
	println()
}
