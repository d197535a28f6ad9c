/* growslice.go: append as llgo compiles it, growing through llgo_growslice when full. */
#include "program.h"

typedef struct {
    int32_t a, b, c;
} T12;

/* s = append(s, elems[0:count]...) for elements of elemsize bytes. */
static void append(GoSlice *s, const void *elems, int64_t count, int64_t elemsize) {
    int64_t oldlen = s->len;
    int64_t newlen = oldlen + count;
    if (newlen > s->cap) {
        llgo_growslice(s, s->p, s->len, s->cap, newlen, ELEM(elemsize));
    } else {
        s->len = newlen;
    }
    if (count * elemsize > 0) {
        memcpy((uint8_t *)s->p + oldlen * elemsize, elems, (size_t)(count * elemsize));
    }
}

/* Prints "label len cap" whenever the capacity changed. */
static void report(const char *label, const GoSlice *s, int64_t *last) {
    if (s->cap != *last) {
        *last = s->cap;
        begin(); pstr(lit(label)); sp(); llgo_printint(s->len); sp(); llgo_printint(s->cap); end();
    }
}

static void report_final(const char *label, int64_t value) {
    begin(); pstr(lit(label)); sp(); llgo_printint(value); end();
}

LLGO_MAIN {
    GoSlice ints = {0};
    int64_t last = -1;
    for (int64_t i = 0; i < 2000; i++) {
        append(&ints, &i, 1, 8);
        report("int", &ints, &last);
    }
    int64_t sum = 0;
    for (int64_t i = 0; i < ints.len; i++) {
        sum += ((int64_t *)ints.p)[i];
    }
    report_final("sum", sum);

    GoSlice bytes = {0};
    last = -1;
    for (int64_t i = 0; i < 2000; i++) {
        uint8_t b = (uint8_t)i;
        append(&bytes, &b, 1, 1);
        report("byte", &bytes, &last);
    }
    begin(); pstr(lit("byte at 1999")); sp(); llgo_printuint(((uint8_t *)bytes.p)[1999]); end();

    GoSlice int32s = {0};
    last = -1;
    for (int32_t i = 0; i < 2000; i++) {
        append(&int32s, &i, 1, 4);
        report("int32", &int32s, &last);
    }

    GoSlice structs = {0};
    last = -1;
    for (int32_t i = 0; i < 2000; i++) {
        T12 t = {i, 0, 0};
        append(&structs, &t, 1, sizeof t);
        report("T12", &structs, &last);
    }
    report_final("T12 at 1500", ((T12 *)structs.p)[1500].a);

    GoSlice strs = {0};
    last = -1;
    for (int i = 0; i < 2000; i++) {
        GoString x = lit("x");
        append(&strs, &x, 1, sizeof x);
        report("string", &strs, &last);
    }

    GoSlice slices = {0};
    last = -1;
    for (int i = 0; i < 2000; i++) {
        GoSlice nil = {0};
        append(&slices, &nil, 1, sizeof nil);
        report("slice", &slices, &last);
    }

    GoSlice fives = {0};
    last = -1;
    for (int64_t i = 0; i < 400; i++) {
        int64_t five[] = {i, i, i, i, i};
        append(&fives, five, 5, 8);
        report("five", &fives, &last);
    }

    GoSlice big = {0}, zeros;
    llgo_makeslice(&zeros, 1000, 1000, ELEM(8));
    append(&big, zeros.p, zeros.len, 8);
    begin(); pstr(lit("big")); sp(); llgo_printint(big.len); sp(); llgo_printint(big.cap); end();
    llgo_makeslice(&zeros, 5000, 5000, ELEM(8));
    append(&big, zeros.p, zeros.len, 8);
    begin(); pstr(lit("big")); sp(); llgo_printint(big.len); sp(); llgo_printint(big.cap); end();

    GoSlice empties = {0};
    for (int i = 0; i < 3; i++) {
        append(&empties, NULL, 1, 0);
        begin(); pstr(lit("empty")); sp(); llgo_printint(empties.len); sp(); llgo_printint(empties.cap); end();
    }

    GoSlice small;
    llgo_makeslice(&small, 0, 5, ELEM(8));
    int64_t six[] = {1, 2, 3, 4, 5, 6};
    append(&small, six, 6, 8);
    begin(); pstr(lit("from5")); sp(); llgo_printint(small.len); sp(); llgo_printint(small.cap); end();
}
