package p

//line linedirective.go:20:5
var x = )

var y = /*line linedirective.go:30:1*/ ]

//line linedirective.go:40
var z = }
