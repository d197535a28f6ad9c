package main

var n = 10_
