package main

func (t T) M[P any]() {}
