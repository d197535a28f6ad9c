/*
 * alloc.c: properties of llgo_alloc that no Go program can print (ABI.md "memory"):
 * every block is zeroed and 8-byte aligned (16-byte when its size is a multiple of 16, as
 * gc's size classes give), and size 0 gives distinct non-nil pointers.
 * Prints one "property true|false" line each; the test expects every one true.
 */
#include "program.h"

static void report(const char *property, bool holds) {
    begin(); pstr(lit(property)); sp(); llgo_printbool(holds); end();
}

LLGO_MAIN {
    bool aligned = true, zeroed = true;
    for (uint64_t size = 1; size <= 4096; size = size * 3 + 1) {
        uint8_t *p = llgo_alloc(size);
        aligned &= ((uintptr_t)p % 8) == 0;
        for (uint64_t i = 0; i < size; i++) {
            zeroed &= p[i] == 0;
        }
        memset(p, 0xff, size);
    }
    for (uint64_t size = 16; size <= 40000; size = size * 3 + 16) {
        aligned &= ((uintptr_t)llgo_alloc(size) % 16) == 0;
    }
    report("aligned", aligned);
    report("zeroed", zeroed);
    void *a = llgo_alloc(0), *b = llgo_alloc(0);
    report("zero-size-non-nil", a != NULL && b != NULL);
    report("zero-size-distinct", a != b);
}
