// String building: concatenation, []byte appends and conversions, string comparison.
package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append(b, byte('0'+n%10))
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	total, equal := 0, 0
	prev := ""
	for round := 0; round < 200; round++ {
		s := ""
		for i := 0; i < 1000; i++ {
			s += itoa(i) + ","
		}
		b := []byte(s)
		for i := range b {
			if b[i] == ',' {
				b[i] = ';'
			}
		}
		t := string(b)
		total += len(t)
		if t == prev {
			equal++
		}
		prev = t
	}
	println("bytes", total, "equal", equal)
}
