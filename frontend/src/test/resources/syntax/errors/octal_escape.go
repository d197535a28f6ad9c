package main

var s = "\400"
