package main

var n = 1__0
