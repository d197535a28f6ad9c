package main

var r = '\z'
