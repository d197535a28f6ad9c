package main

func f[]() {}
