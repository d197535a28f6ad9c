// Reads type descriptors through Go copies of the declarations in GOROOT's runtime/type.go
// and reflect/type.go (rtype, uncommonType, method, name, the kind-specific types), as the
// compiler itself lays those declarations out, and prints what reflect would report. Names,
// types and methods are found through nameOff/typeOff offsets whose base is recovered from
// a named type's ptrToThis (the offset of *T's descriptor, which both gc and llgo set for
// every named type). The equal and hasher func values are called from Go.
package main

import "unsafe"

type tflag uint8
type nameOff int32
type typeOff int32
type textOff int32

const (
	tflagUncommon      tflag = 1 << 0
	tflagExtraStar     tflag = 1 << 1
	tflagNamed         tflag = 1 << 2
	tflagRegularMemory tflag = 1 << 3
	kindMask                 = 1<<5 - 1
)

type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      tflag
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      func(unsafe.Pointer, unsafe.Pointer) bool
	gcdata     *byte
	str        nameOff
	ptrToThis  typeOff
}

type uncommonType struct {
	pkgPath nameOff
	mcount  uint16
	xcount  uint16
	moff    uint32
	_       uint32
}

type method struct {
	name nameOff
	mtyp typeOff
	ifn  textOff
	tfn  textOff
}

type name struct {
	bytes *byte
}

type imethod struct {
	name nameOff
	typ  typeOff
}

type arrayType struct {
	rtype
	elem  *rtype
	slice *rtype
	len   uintptr
}

type chanType struct {
	rtype
	elem *rtype
	dir  uintptr
}

type funcType struct {
	rtype
	inCount  uint16
	outCount uint16
}

type interfaceType struct {
	rtype
	pkgPath name
	methods []imethod
}

type mapType struct {
	rtype
	key        *rtype
	elem       *rtype
	bucket     *rtype
	hasher     func(unsafe.Pointer, uintptr) uintptr
	keysize    uint8
	valuesize  uint8
	bucketsize uint16
	flags      uint32
}

type ptrType struct {
	rtype
	elem *rtype
}

type sliceType struct {
	rtype
	elem *rtype
}

type structField struct {
	name   name
	typ    *rtype
	offset uintptr
}

type structType struct {
	rtype
	pkgPath name
	fields  []structField
}

type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

func add(p unsafe.Pointer, x uintptr) unsafe.Pointer { return unsafe.Pointer(uintptr(p) + x) }

func (n name) data(off int) *byte { return (*byte)(add(unsafe.Pointer(n.bytes), uintptr(off))) }

func (n name) isExported() bool { return *n.bytes&(1<<0) != 0 }
func (n name) hasTag() bool     { return *n.bytes&(1<<1) != 0 }
func (n name) embedded() bool   { return *n.bytes&(1<<3) != 0 }

func (n name) readVarint(off int) (int, int) {
	v := 0
	for i := 0; ; i++ {
		x := *n.data(off + i)
		v += int(x&0x7f) << (7 * i)
		if x&0x80 == 0 {
			return i + 1, v
		}
	}
}

func (n name) bytesAt(off, l int) string {
	b := make([]byte, l)
	for i := range b {
		b[i] = *n.data(off + i)
	}
	return string(b)
}

func (n name) name() string {
	if n.bytes == nil {
		return ""
	}
	i, l := n.readVarint(1)
	return n.bytesAt(1+i, l)
}

func (n name) tag() string {
	if !n.hasTag() {
		return ""
	}
	i, l := n.readVarint(1)
	i2, l2 := n.readVarint(1 + i + l)
	return n.bytesAt(1+i+l+i2, l2)
}

// base is the address nameOff and typeOff values are relative to.
var base uintptr

func resolveName(off nameOff) name {
	if off == 0 {
		return name{} // as runtime.resolveNameOff: no name
	}
	return name{(*byte)(unsafe.Pointer(base + uintptr(off)))}
}
func resolveType(off typeOff) *rtype {
	if off == 0 {
		return nil
	}
	return (*rtype)(unsafe.Pointer(base + uintptr(off)))
}

func (t *rtype) String() string {
	s := resolveName(t.str).name()
	if t.tflag&tflagExtraStar != 0 {
		return s[1:]
	}
	return s
}

func (t *rtype) uncommon() *uncommonType {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	var size uintptr
	switch t.kind & kindMask {
	case 25:
		size = unsafe.Sizeof(structType{})
	case 22:
		size = unsafe.Sizeof(ptrType{})
	case 19:
		size = unsafe.Sizeof(funcType{})
	case 23:
		size = unsafe.Sizeof(sliceType{})
	case 17:
		size = unsafe.Sizeof(arrayType{})
	case 18:
		size = unsafe.Sizeof(chanType{})
	case 21:
		size = unsafe.Sizeof(mapType{})
	case 20:
		size = unsafe.Sizeof(interfaceType{})
	default:
		size = unsafe.Sizeof(rtype{})
	}
	return (*uncommonType)(add(unsafe.Pointer(t), size))
}

func (u *uncommonType) methods() []method {
	if u.mcount == 0 {
		return nil
	}
	return (*[1 << 16]method)(add(unsafe.Pointer(u), uintptr(u.moff)))[:u.mcount:u.mcount]
}

func typeOf(i interface{}) *rtype { return (*eface)(unsafe.Pointer(&i)).typ }

// The types described.

type Point struct {
	X, Y int
	name string `json:"n"`
}

func (p Point) String() string { return p.name }
func (p *Point) Move(dx int)    { p.X += dx }
func (p Point) m() int          { return p.Y }

type Shape interface {
	Area() int
	m() int
}

type Inner struct{ A int8 }

type Outer struct {
	Inner
	*Point
	b uint16
}

type stringer interface{ String() string }
type mover interface{ Move(int) }
type hidden interface{ m() int }

func describe(label string, t *rtype) {
	size := int(t.size)
	if t.kind&kindMask == 19 {
		size = -1 // a func value is one word in gc, two in llgo
	}
	println(label, t.String(), "size", size, "kind", t.kind&kindMask, "tflag", t.tflag, "align", t.align, t.fieldAlign)
	if u := t.uncommon(); u != nil {
		println("  uncommon pkgpath", resolveName(u.pkgPath).name(), "mcount", u.mcount, "xcount", u.xcount)
		for _, m := range u.methods() {
			n := resolveName(m.name)
			println("  method", n.name(), n.isExported(), resolveType(m.mtyp).String())
		}
	}
	switch t.kind & kindMask {
	case 25:
		st := (*structType)(unsafe.Pointer(t))
		println("  struct pkgpath", st.pkgPath.name(), "fields", len(st.fields))
		for _, f := range st.fields {
			println("  field", f.name.name(), f.name.isExported(), f.name.embedded(), f.name.tag(), f.typ.String(), f.offset)
		}
	case 22:
		println("  elem", (*ptrType)(unsafe.Pointer(t)).elem.String())
	case 23:
		println("  elem", (*sliceType)(unsafe.Pointer(t)).elem.String())
	case 17:
		at := (*arrayType)(unsafe.Pointer(t))
		println("  elem", at.elem.String(), "slice", at.slice.String(), "len", at.len)
	case 18:
		ct := (*chanType)(unsafe.Pointer(t))
		println("  elem", ct.elem.String(), "dir", ct.dir)
	case 21:
		mt := (*mapType)(unsafe.Pointer(t))
		println("  key", mt.key.String(), "elem", mt.elem.String(), "keysize", mt.keysize, "valuesize", mt.valuesize)
	case 19:
		ft := (*funcType)(unsafe.Pointer(t))
		in, out := int(ft.inCount), int(ft.outCount&(1<<15-1))
		println("  in", in, "out", out, "variadic", ft.outCount&(1<<15) != 0)
		extra := unsafe.Sizeof(funcType{})
		if t.tflag&tflagUncommon != 0 {
			extra += unsafe.Sizeof(uncommonType{})
		}
		params := (*[1 << 16]*rtype)(add(unsafe.Pointer(t), extra))[: in+out : in+out]
		for _, p := range params {
			println("  param", p.String())
		}
	case 20:
		it := (*interfaceType)(unsafe.Pointer(t))
		println("  interface pkgpath", it.pkgPath.name(), "methods", len(it.methods))
		for _, m := range it.methods {
			n := resolveName(m.name)
			println("  imethod", n.name(), n.isExported(), resolveType(m.typ).String())
		}
	}
}

// Interface values in variables: the methods are called dynamically (gc keeps their mtyp).
var (
	s  stringer
	mv mover
	h  hidden
)

func main() {
	p := &Point{1, 2, "p"}
	s, mv, h = *p, p, *p
	mv.Move(1)
	println(s.String(), h.m(), p.X)

	point := typeOf(Point{})
	base = uintptr(unsafe.Pointer(typeOf(p))) - uintptr(point.ptrToThis)

	describe("Point", point)
	describe("*Point", typeOf(p))
	describe("Outer", typeOf(Outer{}))
	describe("int", typeOf(0))
	describe("[]int", typeOf([]int(nil)))
	describe("[3]uint8", typeOf([3]uint8{}))
	describe("map", typeOf(map[string]int16(nil)))
	describe("chan", typeOf(make(chan<- int)))
	describe("func", typeOf(func(int, ...string) (bool, error) { return false, nil }))
	var shape *Shape
	describe("Shape", (*ptrType)(unsafe.Pointer(typeOf(shape))).elem)
	var e *error
	describe("error", (*ptrType)(unsafe.Pointer(typeOf(e))).elem)

	// The header's equal and the maptype's hasher are func values callable from Go.
	a, b := Point{1, 2, "x"}, Point{1, 2, "x"}
	println("equal", point.equal(unsafe.Pointer(&a), unsafe.Pointer(&b)))
	b.name = "y"
	println("equal", point.equal(unsafe.Pointer(&a), unsafe.Pointer(&b)))
	mt := (*mapType)(unsafe.Pointer(typeOf(map[string]int16(nil))))
	k1, k2 := "key", string([]byte("key"))
	println("hash", mt.hasher(unsafe.Pointer(&k1), 7) == mt.hasher(unsafe.Pointer(&k2), 7))
}
