package main

type MyErr struct {
	code int
	msg  string
}

func (e *MyErr) Error() string { return "myerr: " + e.msg }

func fail(msg string) error { return &MyErr{1, msg} }

func main() {
	defer println("deferred")
	err := fail("disk full")
	panic(err)
}
