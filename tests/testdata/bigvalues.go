// Values of large aggregate types: a 100 MB global array literal, structs over a
// kilobyte copied, boxed, compared and zeroed, and &*p panicking when p is nil.
package main

type Big struct {
	id   int
	name string
	data [4096]byte
	f    float64
}

var huge = [100 << 20]byte{42, 7: 8}

var global Big

func fill(b *Big, id int) {
	b.id = id
	b.name = "big"
	for i := range b.data {
		b.data[i] = byte(i * id)
	}
}

func addressOfDeref(p *Big) (panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			panicked = true
		}
	}()
	q := &*p
	return q == nil
}

func main() {
	println(huge[0], huge[7], huge[len(huge)-1], len(huge))
	var local Big
	fill(&local, 3)
	global = local
	p := &global
	copy := *p
	local.data[1] = 99
	println(global.data[1], copy.data[1], local.data[1], copy.name)
	var x, y interface{} = global, copy
	println(x == y)
	copy.data[4095]++
	y = copy
	println(x == y)
	local = Big{}
	println(local.id, local.data[1], local.name == "")
	for i := 0; i < 3; i++ {
		var fresh Big
		println(fresh.data[i])
		fresh.data[i] = 1
	}
	println(addressOfDeref(nil), addressOfDeref(p))
}
