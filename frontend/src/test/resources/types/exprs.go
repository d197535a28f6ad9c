package main

type T struct{ a int }

func two() (int, int) { return 1, 2 }
func none()           {}

func main() {
	var i int
	var s string
	var f float64
	var u8 uint8
	var b bool
	_ = i /* ERROR "invalid operation: i \+ s \(mismatched types int and string\)" */ + s
	_ = s /* ERROR "invalid operation: operator - not defined on s \(variable of type string\)" */ - s
	_ = f /* ERROR "invalid operation: operator % not defined on f \(variable of type float64\)" */ % 2
	_ = i / 0 /* ERROR "invalid operation: division by zero" */
	_ = u8 + 256 /* ERROR "256 \(untyped int constant\) overflows uint8" */
	_ = i + 1.5 /* ERROR "1.5 \(untyped float constant\) truncated to int" */
	_ = !i /* ERROR "invalid operation: operator ! not defined on i \(variable of type int\)" */
	_ = -s /* ERROR "invalid operation: operator - not defined on s \(variable of type string\)" */
	_ = b /* ERROR "invalid operation: b && i \(mismatched types bool and int\)" */ && i
	_ = i == s /* ERROR "invalid operation: i == s \(mismatched types int and string\)" */
	_ = i << f /* ERROR "invalid operation: shift count f \(variable of type float64\) must be integer" */
	_ = f /* ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer" */ << 2
	_ = 1 << - /* ERROR "invalid operation: negative shift count" */1
	_ = &two /* ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context" */ ()
	_ = &none /* ERROR "none\(\) \(no value\) used as value" */ ()
	_ = &i
	_ = &T{}
	_ = &T /* ERROR "invalid operation: cannot take address of T\{\}.a \(value of type int\)" */ {}.a
	_ = *i /* ERROR "invalid operation: cannot indirect i \(variable of type int\)" */
	_ = i.x /* ERROR "i.x undefined \(type int has no field or method x\)" */
	_ = T{}.b /* ERROR "T\{\}.b undefined \(type T has no field or method b\)" */
	_ = two /* ERROR "assignment mismatch: 1 variable but two returns 2 values" */ ()
	_ = 1 + two /* ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context" */ ()
	_ = none /* ERROR "none\(\) \(no value\) used as value" */ ()
	_ = int /* ERROR "int \(type\) is not an expression" */
	_ = len /* ERROR "len \(built-in\) must be called" */
	_ = i /* ERROR "invalid operation: cannot index i \(variable of type int\)" */ [0]
	_ = s[1.5 /* ERROR "1.5 \(untyped float constant\) truncated to int" */]
	_ = "abc"[5 /* ERROR "invalid argument: index 5 out of bounds \[0:3\]" */]
	_ = [3]int{}[- /* ERROR "invalid argument: index -1 \(constant of type int\) must not be negative" */1]
	_ = i /* ERROR "invalid operation: i \(variable of type int\) is not an interface" */.(int)
	_ = s[2:1 /* ERROR "invalid slice indices: 1 < 2" */]
	_ = i /* ERROR "cannot slice i \(variable of type int\)" */[1:]
	var e interface{ M() }
	_ = e /* ERROR "impossible type assertion: e.\(T\)" */.(T)
	_ = nil == nil /* ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)" */
	var sl []int
	_ = sl /* ERROR "invalid operation: sl == sl \(slice can only be compared to nil\)" */ == sl
	var m map[[ /* ERROR "invalid map key type \[\]int" */]int]bool
	_ = m
	_ = f < 1i /* ERROR "1i \(untyped complex constant \(0 \+ 1i\)\) overflows float64" */
	const big = 1 << 100
	_ = big /* ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in assignment to _ identifier \(overflows\)" */
	var i8 int8 = 127
	_ = i8 + 1
	const c8 int8 = 127
	_ = c8 /* ERROR "c8 \+ 1 \(constant 128 of type int8\) overflows int8" */ + 1
}
