package main

func main() {
	switch x {
	case 1
		println(1)
	case 2:
		println(2 +)
	}
	for {
		break 1
	}
	go 1 +
}
