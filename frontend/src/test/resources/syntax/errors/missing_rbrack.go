package main

var a = x[1
