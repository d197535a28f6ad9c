package main

type I interface{ M() }

func main() {
	var e interface{}
	println("before")
	i := e.(I)
	i.M()
}
