package main

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		if i > 0 {
			s += ","
		}
		s = s + string(rune('a'+i))
	}
	println(s, len(s))
	t := "x"
	for len(t) < 20 {
		t += t
	}
	println(t, len(t), t == "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", s < t)
}
