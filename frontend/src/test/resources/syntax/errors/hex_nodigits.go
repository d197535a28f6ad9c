package main

var n = 0x
