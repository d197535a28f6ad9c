package main

type T struct {
	a
	b int,
}
