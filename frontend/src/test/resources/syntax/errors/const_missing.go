package main

const c =
