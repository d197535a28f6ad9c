package main

type Point struct{ X, Y int }

var origin = Point{}
var table = map[string]int{"a": 1, "b": 2}
var total int

func init() {
	total = len(table)
}

func init() {
	total += 10
}

func main() {
	m := make(map[string]int)
	m["x"] = 1
	m["y"] += 2
	v, ok := m["z"]
	println(v, ok, len(m), m["y"])
	delete(m, "x")
	for k, v := range m {
		println(k, v)
	}
	arr := [5]int{1, 2, 3}
	arr[4] = 9
	sum := 0
	for _, x := range arr {
		sum += x
	}
	for i := range arr {
		sum += i
	}
	println(sum, len(arr), cap(arr))
	sl := arr[1:4]
	sl2 := make([]int, 2, 10)
	n := copy(sl2, sl)
	sl2 = append(sl2, sl...)
	println(n, len(sl2), cap(sl2), sl[0:2:3][1])
	bs := []byte("hey")
	bs = append(bs, " there"...)
	println(string(bs), string(rune(65)), []rune("hé")[1])
	pts := []Point{{1, 2}, {X: 3}}
	pp := []*Point{{5, 6}}
	nested := [][]int{{1}, {2, 3}}
	println(pts[1].X, pp[0].Y, nested[1][1], origin == pts[0], total)
	ap := &arr
	for i, x := range ap {
		ap[i] = x * 2
	}
	println(ap[1], arr == [5]int{}, [2]string{"a"} == [2]string{"a", ""})
	p := new(Point)
	p.X = 3
	q := &p.Y
	*q = 4
	println(*p == Point{3, 4})
}
