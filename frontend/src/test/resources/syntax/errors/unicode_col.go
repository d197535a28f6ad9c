package main

var s = "héllo" @
