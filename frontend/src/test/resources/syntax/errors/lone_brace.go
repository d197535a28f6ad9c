package main

{
}
