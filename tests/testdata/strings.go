package main

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s = s + "ab"
		s += "c"
	}
	println(s, len(s))
	t := "héllo"
	for i, r := range t {
		println(i, r)
	}
	println(t[1], t[2:4], s == t, s < t, s != "")
}
