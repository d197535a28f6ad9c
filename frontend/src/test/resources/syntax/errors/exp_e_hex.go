package main

var f = 0x1e+
