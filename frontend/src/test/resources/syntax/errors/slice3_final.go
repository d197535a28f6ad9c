package main

var s = a[1:2:]
