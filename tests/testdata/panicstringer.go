package main

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "other"
}

func main() {
	defer func() {
		panic(Color(1))
	}()
	panic(Color(0))
}
