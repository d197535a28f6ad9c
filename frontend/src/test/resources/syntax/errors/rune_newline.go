package main

var r = 'a
var s = 1
