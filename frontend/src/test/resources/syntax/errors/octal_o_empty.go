package main

var f = 0o
