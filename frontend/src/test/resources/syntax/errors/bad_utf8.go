package main

var s = "aÿb"
