package main

func () M() {}
