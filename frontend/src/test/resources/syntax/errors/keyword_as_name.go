package main

var func = 1
