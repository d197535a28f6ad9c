package main

var n = 09
