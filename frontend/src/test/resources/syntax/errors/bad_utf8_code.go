package main

var sÿ = 1
