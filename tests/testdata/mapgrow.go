package main

func main() {
	big := make(map[int]int)
	for i := 0; i < 100000; i++ {
		big[i*7] = i
	}
	sum := 0
	for k, v := range big {
		sum += k - v
	}
	println(len(big), sum)
	for i := 0; i < 100000; i += 2 {
		delete(big, i*7)
	}
	sum = 0
	for _, v := range big {
		sum += v
	}
	println(len(big), sum)
	hits := 0
	for i := 0; i < 100000; i++ {
		if v, ok := big[i*7]; ok {
			hits++
			if v != i {
				println("wrong value", i, v)
			}
		}
	}
	println(hits)
	// a map used as a queue: many inserts and deletes, few live entries
	q := map[int]int{}
	for i := 0; i < 200000; i++ {
		q[i] = i
		if i >= 10 {
			delete(q, i-10)
		}
	}
	sum = 0
	for k := range q {
		sum += k
	}
	println(len(q), sum)
	// string keys
	sm := map[string]int{}
	key := ""
	for i := 0; i < 1000; i++ {
		key += string(rune('a' + i%26))
		sm[key] = i
	}
	total := 0
	key = ""
	for i := 0; i < 1000; i++ {
		key += string(rune('a' + i%26))
		total += sm[key]
	}
	println(len(sm), total)
}
