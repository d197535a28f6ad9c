package main

// 日本語
var s = "日本語" $ 1
