package main

var f = 0x_
