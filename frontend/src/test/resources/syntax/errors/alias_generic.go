package main

type A[P any] = int
