package main

var x int y
