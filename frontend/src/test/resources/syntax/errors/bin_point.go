package main

var f = 0b1.0
