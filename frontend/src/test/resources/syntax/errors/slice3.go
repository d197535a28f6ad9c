package main

var s = a[1::3]
