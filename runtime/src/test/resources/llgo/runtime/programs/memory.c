/* memory.go through llgo_slicecopy and llgo_makeslice. */
#include "program.h"

static void print_ints(int64_t n, const int64_t *s) {
    begin();
    llgo_printint(n);
    for (int i = 0; i < 5; i++) {
        sp();
        llgo_printint(s[i]);
    }
    end();
}

static void print_count(int64_t n) {
    begin(); llgo_printint(n); end();
}

LLGO_MAIN {
    int64_t s[] = {1, 2, 3, 4, 5};
    print_ints(llgo_slicecopy(s + 1, 4, s, 5, 8), s);
    int64_t t[] = {1, 2, 3, 4, 5};
    print_ints(llgo_slicecopy(t, 5, t + 2, 3, 8), t);

    GoSlice d;
    llgo_makeslice(&d, 3, 3, ELEM(1));
    GoString hello = lit("hello");
    int64_t n = llgo_slicecopy(d.p, d.len, hello.p, hello.n, 1);
    begin(); llgo_printint(n); sp(); pstr(llgo_slicebytetostring(d.p, d.len)); end();
    n = llgo_slicecopy(d.p, d.len, NULL, 0, 1);
    begin(); llgo_printint(n); sp(); pstr(llgo_slicebytetostring(d.p, d.len)); end();

    GoSlice four, two;
    llgo_makeslice(&four, 4, 4, ELEM(0));
    print_count(llgo_slicecopy(NULL, 0, four.p, four.len, 0));
    llgo_makeslice(&two, 2, 2, ELEM(0));
    print_count(llgo_slicecopy(two.p, two.len, four.p, four.len, 0));

    GoSlice z;
    llgo_makeslice(&z, 4, 8, ELEM(8));
    int64_t *zp = z.p;
    begin(); llgo_printint(zp[0]); sp(); llgo_printint(zp[3]); sp(); llgo_printint(z.len); sp(); llgo_printint(z.cap); end();
    GoSlice zs;
    llgo_makeslice(&zs, 3, 3, ELEM(0));
    begin(); llgo_printint(zs.len); sp(); llgo_printint(zs.cap); end();

    GoSlice big;
    llgo_makeslice(&big, 100000, 100000, ELEM(4));
    int32_t sum = 0;
    for (int64_t i = 0; i < big.len; i++) {
        sum += ((int32_t *)big.p)[i];
    }
    begin(); llgo_printint(big.len); sp(); llgo_printint(big.cap); sp(); llgo_printint(sum); end();
}
