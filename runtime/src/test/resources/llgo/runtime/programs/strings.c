/* strings.go through the runtime's string functions. */
#include "program.h"

static GoString concat(GoString a, GoString b) {
    return llgo_concatstring2(a.p, a.n, b.p, b.n);
}

static int64_t cmp(GoString a, GoString b) {
    return llgo_cmpstring(a.p, a.n, b.p, b.n);
}

static bool eq(GoString a, GoString b) {
    return llgo_eqstring(a.p, a.n, b.p, b.n);
}

static void println_bools(const bool *v, int n) {
    begin();
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            sp();
        }
        llgo_printbool(v[i]);
    }
    end();
}

static void println_two_ints(int64_t a, int64_t b) {
    begin();
    llgo_printint(a); sp(); llgo_printint(b);
    end();
}

LLGO_MAIN {
    GoString s = lit("héllo, 世界 🙂");
    begin(); pstr(s); sp(); llgo_printint(s.n); end();

    GoString a = lit("foo"), b = lit("bar"), empty = {NULL, 0};
    GoString c = concat(a, b);
    begin();
    pstr(c); sp(); llgo_printint(c.n); sp(); pstr(concat(a, empty)); sp(); pstr(concat(empty, b)); sp();
    llgo_printint(concat(empty, empty).n);
    end();

    bool line1[] = {cmp(a, b) < 0, cmp(a, b) > 0, eq(a, lit("foo")), !eq(a, lit("foo")),
                    cmp(lit("ab"), lit("abc")) < 0, cmp(lit("abc"), lit("ab")) < 0, cmp(empty, lit("a")) < 0};
    println_bools(line1, 7);
    bool line2[] = {cmp(LIT("\xff"), lit("a")) > 0, cmp(lit("a"), lit("a")) <= 0, eq(c, lit("foobar")),
                    eq(c, lit("foobaz")), cmp(lit("é"), lit("z")) > 0, eq(empty, lit(""))};
    println_bools(line2, 6);

    int64_t runes[] = {65, 0xe9, 0x4e16, 0x1f642, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000,
                       -1, 0xd800, 0xdfff, 0x10ffff, 0x110000, ((int64_t)1 << 32) + 65, INT64_MIN, INT64_MAX};
    for (size_t i = 0; i < sizeof runes / sizeof runes[0]; i++) {
        GoString r = llgo_intstring(runes[i]);
        begin(); llgo_printint(runes[i]); sp(); pstr(r); sp(); llgo_printint(r.n); end();
    }

    GoString bad = LIT("a\xff" "b\xe4\xb8" "c\xf0\x9f\x99\x82\xed\xa0\x80\xc0\x80\xf4\x90\x80\x80\xc3\xa9\xef\xbf\xbdz\xe0\x80\xaf\xf8\x88\x80\x80\x80\xc3");
    for (int64_t k = 0, next; k < bad.n; k = next) {
        int32_t r = llgo_decoderune(bad.p, bad.n, k, &next);
        println_two_ints(k, r);
    }

    GoSlice rs;
    llgo_stringtoslicerune(&rs, bad.p, bad.n);
    println_two_ints(rs.len, rs.cap);
    GoString back = llgo_slicerunetostring(rs.p, rs.len);
    begin(); pstr(back); sp(); llgo_printint(back.n); end();
    int32_t odd[] = {0x41, -1, 0xd800, 0x10ffff, 0x110000, 0xe9};
    back = llgo_slicerunetostring(odd, 6);
    begin(); pstr(back); sp(); llgo_printint(back.n); end();

    GoSlice bs;
    llgo_stringtoslicebyte(&bs, s.p, s.n);
    println_two_ints(bs.len, bs.cap);
    GoString joined = concat(concat(c, lit(", ")), s);
    llgo_stringtoslicebyte(&bs, joined.p, joined.n);
    println_two_ints(bs.len, bs.cap);
    ((uint8_t *)bs.p)[0] = 'J';
    GoString copied = llgo_slicebytetostring(bs.p, bs.len);
    begin(); pstr(copied); end();
    llgo_stringtoslicebyte(&bs, empty.p, empty.n);
    GoString none = llgo_slicebytetostring(bs.p, bs.len);
    begin(); llgo_printint(bs.len); sp(); llgo_printint(bs.cap); sp(); llgo_printbool(eq(none, lit(""))); end();
}
