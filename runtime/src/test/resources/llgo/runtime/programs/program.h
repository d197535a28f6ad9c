/*
 * program.h: helpers for the C test programs, which call the runtime the way code
 * compiled by llgo does (ABI.md): println(a, b) is printlock, print a, printsp,
 * print b, printnl, printunlock. Each program defines llgo.main and is linked with
 * the runtime bitcode, whose C main calls it.
 */
#ifndef PROGRAM_H
#define PROGRAM_H

#include <string.h>

#include "llgo.h"

#define LLGO_MAIN void program_main(void) __asm__("llgo.main"); void program_main(void)

static inline GoString lit(const char *s) {
    return (GoString){(const uint8_t *)s, (int64_t)strlen(s)};
}

/* A string literal with possible NUL-free invalid UTF-8, of known length. */
#define LIT(s) ((GoString){(const uint8_t *)(s), (int64_t)(sizeof(s) - 1)})

static inline void pstr(GoString s) {
    llgo_printstring(s.p, s.n);
}

/* Separator between println operands. */
static inline void sp(void) {
    llgo_printsp();
}

static inline void begin(void) {
    llgo_printlock();
}

static inline void end(void) {
    llgo_printnl();
    llgo_printunlock();
}

/* The descriptor of a pointer-free element type of n bytes, as make and append pass it. */
#define ELEM(n) (&(const LlgoType){.size = (uintptr_t)(n), .align = 1})

#endif
