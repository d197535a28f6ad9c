package main

func count(n int) int {
	i := 0
	s := 0
loop:
	if i < n {
		s += i
		i++
		goto loop
	}
	return s
}

func main() {
	println(count(10))
	x := 1
	if x > 0 {
		goto end
	}
	println("skipped")
end:
	println("end", x)
}
