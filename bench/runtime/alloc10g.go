// Allocation throughput with a small live heap: 10 GB allocated in total in 1 KiB
// objects (half of them with pointers), about 10 MB live at any time.
package main

type Block struct {
	next *Block
	data [120]int64
}

func main() {
	const live = 5000
	ring := make([]*Block, live)
	bytes := make([][]byte, live)
	anchor := &Block{}
	var sum int64
	for i := 0; i < 5000000; i++ {
		b := &Block{next: anchor}
		b.data[i%120] = int64(i)
		ring[i%live] = b
		bytes[i%live] = make([]byte, 1024)
		bytes[i%live][i%1024] = byte(i)
		sum += b.data[i%120]
	}
	println("sum", sum)
}
