package main

const (
	MaxU8  uint8   = 255
	Big            = 1 << 100
	Huge           = Big * Big
	F32    float32 = 1e38
	F32Big float32 = 1e39 /* ERROR "cannot use 1e39 \(untyped float constant 1e\+39\) as float32 value in constant declaration \(overflows\)" */
	Neg    uint    = - /* ERROR "cannot use -1 \(untyped int constant\) as uint value in constant declaration \(overflows\)" */1
	Str            = "a" + "b"
	Bad            = "a" /* ERROR "invalid operation: \"a\" \+ 1 \(mismatched types untyped string and untyped int\)" */ + 1
	Div            = 1 / 0 /* ERROR "invalid operation: division by zero" */
	FDiv           = 1.0 / 3
	Shift          = 1.0 << 3
	BadShift       = 1.5 /* ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer" */ << 2
	Cmp            = 1 < 2.5
	Rune           = 'a' + 1
	Cplx           = 1 + 2i
	I8     int8    = 100
	Over           = I8 /* ERROR "I8 \* 2 \(constant 200 of type int8\) overflows int8" */ * 2
	Neg8           = -I8 - 28
	Neg8b          = - /* ERROR "-I8 - 29 \(constant -129 of type int8\) overflows int8" */I8 - 29
	Xor    uint8   = ^MaxU8
	Xor2           = ^1
	Mixed          = MaxU8 /* ERROR "MaxU8 \+ 1 \(constant 256 of type uint8\) overflows uint8" */ + 1
	BigShift       = 1 << /* ERROR "constant shift overflow" */ 1000
	Len            = len(Str)
	Typed  int64   = 1 << 62
	Conv           = float64(Typed) / 2
	BadConv        = int(Conv) + 1.5 /* ERROR "1.5 \(untyped float constant\) truncated to int" */
	Bool           = Cmp && true
	NotConst       = len /* ERROR "len\(\[\]int\{\}\) \(value of type int\) is not constant" */([]int{})
	ArrayViaConv   = len(((*[4]int)(nil))[:0:0]) // ERROR "is not constant"
	ArrayLen       = len((*[4]int)(nil)) + len([len("ab")]int{})
	CallInside     = len /* ERROR "is not constant" */ (arrayFunc())
)

func arrayFunc() (a [3]int) { return }

var _ = Huge /* ERROR "cannot use Huge \(untyped int constant 1606938044258990275541962092341162602522202993782792835301376\) as int value in variable declaration \(overflows\)" */

const (
	A = iota
	B = "x"
	C
	D = iota + 10
	E
)

var _ [E - 14]int
var _ [E /* ERROR "invalid array length E - 15 \(untyped int constant -1\)" */ - 15]int
var _ [1.5 /* ERROR "array length 1.5 \(untyped float constant\) must be integer" */]int

func main() {
	var x int = Big /* ERROR "cannot use Big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)" */
	var f float64 = Big
	var c complex64 = Cplx
	var r rune = Rune
	var b byte = 'a'
	var u8 uint8 = 256 /* ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)" */
	s := 1 /* ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment \(overflows\)" */ << 70
	var sh uint = 3
	var fl float64 = 1 /* ERROR "invalid operation: 1 << sh \(shift of type float64\)" */ << sh
	_ = 1.0 /* ERROR "invalid operation: 1.0 << sh \(shift of type float64\)" */ << sh
	_, _, _, _, _, _, _, _, _ = x, f, c, r, b, u8, s, fl, C
}
