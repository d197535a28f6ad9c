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

/* A type descriptor whose string is set on first use: str is a nameOff, which C cannot write
   as a constant (ABI.md "Type descriptors"). */
typedef struct {
    const char *string;
    LlgoType type;
} NamedType;

/* Encoded names (flag byte, length, bytes) live here, in static data, within the 32-bit
   reach of llgo_types that nameOffs have (heap memory may be farther away). */
static uint8_t name_pool[4096];
static size_t name_pool_used;

/* t's descriptor, its str set to an encoded name of t->string (shorter than 128 bytes). */
static inline LlgoType *named(NamedType *t) {
    if (t->type.str == 0) {
        size_t n = strlen(t->string);
        uint8_t *name = &name_pool[name_pool_used];
        name[0] = 0;
        name[1] = (uint8_t)n;
        memcpy(name + 2, t->string, n);
        name_pool_used += n + 2;
        t->type.str = llgo_off_of(name);
    }
    return &t->type;
}

/* The descriptor of a pointer-free element type of n bytes, as make and append pass it. */
#define ELEM(n) (&(const LlgoType){.size = (uintptr_t)(n), .align = 1})

#endif
