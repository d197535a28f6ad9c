package main

var s = "\uD800"
