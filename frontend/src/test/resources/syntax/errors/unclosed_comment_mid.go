package main

var x = 1 /* oops
var y = 2
