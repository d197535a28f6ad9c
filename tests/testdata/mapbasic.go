package main

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	m["b"]++
	println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["b"]
	println(v, ok)
	v, ok = m["q"]
	println(v, ok)
	delete(m, "b")
	delete(m, "nothere")
	_, ok = m["b"]
	println(len(m), ok)
	m["b"] = 20
	println(len(m), m["b"])

	var nm map[string]int
	println(len(nm), nm["x"], nm == nil, m == nil)
	v, ok = nm["x"]
	println(v, ok)
	delete(nm, "x")
	for range nm {
		println("never")
	}

	sized := make(map[int]string, 100)
	sized[1] = "one"
	println(len(sized), sized[1], sized[2] == "")

	sm := map[string][]int{}
	sm["a"] = append(sm["a"], 1, 2)
	sm["a"] = append(sm["a"], 3)
	println(len(sm["a"]), sm["a"][2], len(sm["none"]), sm["none"] == nil)

	mm := map[string]map[string]int{}
	mm["x"] = map[string]int{"y": 7}
	mm["x"]["z"] = 8
	println(mm["x"]["y"], mm["x"]["z"], len(mm["w"]), mm["w"] == nil, len(mm["x"]))

	type point struct{ x, y int }
	pm := map[string]*point{"p": {1, 2}}
	pm["p"].x = 5
	println(pm["p"].x, pm["p"].y, pm["q"] == nil)

	var e interface{} = m
	m2 := e.(map[string]int)
	m2["d"] = 4
	println(len(m), m["d"])
}
