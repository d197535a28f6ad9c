package main

var s = 1 ﻿
