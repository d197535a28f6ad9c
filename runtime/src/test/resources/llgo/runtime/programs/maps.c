/* maps.go: map[int]int and map[float64]int as llgo compiles them: keys by address, the
 * map type descriptor built by hand with the key's hasher as a func value (ABI.md "maps"). */
#include "program.h"

/* Equal and hash functions in the Go calling convention: the context comes last. */
static bool eq_int(const void *p, const void *q, void *ctx) { (void)ctx; return *(const int64_t *)p == *(const int64_t *)q; }
static bool eq_float(const void *p, const void *q, void *ctx) { (void)ctx; return *(const double *)p == *(const double *)q; }
static uintptr_t hash_int(const void *p, uintptr_t seed, void *ctx) { (void)ctx; return llgo_memhash(p, seed, 8); }
static uintptr_t hash_float(const void *p, uintptr_t seed, void *ctx) { (void)ctx; return llgo_f64hash(p, seed); }

static const LlgoType int_type = {8, 0, 1, 0, 8, 8, LLGO_KIND_INT, {(void *)eq_int, NULL}, NULL, 0, 0};
static const LlgoType float_type = {8, 0, 2, 0, 8, 8, LLGO_KIND_FLOAT64, {(void *)eq_float, NULL}, NULL, 0, 0};

static const LlgoMapType int_map = {
    {8, 8, 3, 0, 8, 8, LLGO_KIND_MAP | LLGO_KIND_DIRECT_IFACE, {NULL, NULL}, NULL, 0, 0},
    &int_type, &int_type, NULL, {(void *)hash_int, NULL}, 8, 8, 0, 4
};
static const LlgoMapType float_map = {
    {8, 8, 4, 0, 8, 8, LLGO_KIND_MAP | LLGO_KIND_DIRECT_IFACE, {NULL, NULL}, NULL, 0, 0},
    &float_type, &int_type, NULL, {(void *)hash_float, NULL}, 8, 8, 0, 8
};

static void set(void *m, int64_t k, int64_t v) { *(int64_t *)llgo_mapassign(&int_map, m, &k) = v; }

static int64_t get(void *m, int64_t k) {
    int64_t *p = llgo_mapaccess(&int_map, m, &k);
    return p == NULL ? 0 : *p;
}

static void del(void *m, int64_t k) { llgo_mapdelete(&int_map, m, &k); }

static void line(const char *label, int64_t a, int64_t b) {
    begin(); pstr(lit(label)); sp(); llgo_printint(a); sp(); llgo_printint(b); end();
}

LLGO_MAIN {
    void *m = llgo_makemap(&int_map, 0);
    for (int64_t i = 0; i < 1000; i++) set(m, i, i * 3);
    line("len sum", llgo_maplen(m), get(m, 10) + get(m, 999) + get(m, 1000));

    /* for k := range m { if k%2 == 0 { delete(m, k+1) }; if k < 5000 { m[k+5000] = k } }: the
     * inserts force rebuilds during the loop; every even key is produced once, so every odd
     * key ends up deleted, and an odd key deleted before it was reached is not produced */
    LlgoMapIter it;
    llgo_mapiterinit(&int_map, m, &it);
    int64_t produced = 0, odd = 0, twice = 0;
    void *seen = llgo_makemap(&int_map, 0);
    while (llgo_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        if (get(seen, k) != 0) twice++;
        set(seen, k, 1);
        produced++;
        if (k < 5000 && k % 2 == 1) odd++;
        if (k % 2 == 0) del(m, k + 1);
        if (k < 5000) set(m, k + 5000, k);
    }
    line("produced twice", produced >= 500 && produced <= 1000 + 500, twice);
    int64_t oddleft = 0;
    for (int64_t i = 1; i < 1000; i += 2) oddleft += get(m, i) != 0;
    line("odd produced still-present", odd <= 500, oddleft);

    for (int64_t i = 0; i < 6000; i++) del(m, i);
    line("emptied", llgo_maplen(m), get(m, 5000));

    void *f = llgo_makemap(&float_map, 0);
    double zero = 0.0, negzero = -zero, nan = zero / zero;
    *(int64_t *)llgo_mapassign(&float_map, f, &zero) = 1;
    *(int64_t *)llgo_mapassign(&float_map, f, &negzero) += 1;
    *(int64_t *)llgo_mapassign(&float_map, f, &nan) = 5;
    *(int64_t *)llgo_mapassign(&float_map, f, &nan) = 6;
    line("floats", llgo_maplen(f), *(int64_t *)llgo_mapaccess(&float_map, f, &zero));
    line("nan found", llgo_mapaccess(&float_map, f, &nan) != NULL, 0);

    line("nil map", llgo_maplen(NULL), llgo_mapaccess(&int_map, NULL, &(int64_t){1}) == NULL);
    del(NULL, 1);
    llgo_mapiterinit(&int_map, NULL, &it);
    line("nil range", llgo_mapiternext(&it), 0);
    set(NULL, 1, 1);
}
