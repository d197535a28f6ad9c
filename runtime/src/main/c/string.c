/*
 * string.c: Go string operations of the spec's "String types", "Comparison operators"
 * and "Conversions to and from a string type" sections, following gc's runtime/string.go
 * (go1.19): concatenation returns the non-empty operand itself when the other is empty,
 * comparison is bytewise, string(rune) maps non-runes to U+FFFD, and the []byte/[]rune
 * conversions round their capacity up to a size class as rawbyteslice/rawruneslice do.
 */
#include <string.h>

#include "llgo.h"

static GoString new_string(int64_t n, uint8_t **bytes) {
    uint8_t *p = llgo_alloc_noscan((uint64_t)n);
    *bytes = p;
    return (GoString){p, n};
}

GoString llgo_concatstring2(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2) {
    if (n1 == 0) {
        return (GoString){p2, n2};
    }
    if (n2 == 0) {
        return (GoString){p1, n1};
    }
    if (n1 + n2 < n1) {
        llgo_fatal("string concatenation too long");
    }
    uint8_t *out;
    GoString s = new_string(n1 + n2, &out);
    memcpy(out, p1, (size_t)n1);
    memcpy(out + n1, p2, (size_t)n2);
    return s;
}

int64_t llgo_cmpstring(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2) {
    int64_t n = n1 < n2 ? n1 : n2;
    if (n > 0 && p1 != p2) {
        int c = memcmp(p1, p2, (size_t)n);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return n1 < n2 ? -1 : n1 > n2 ? 1 : 0;
}

bool llgo_eqstring(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2) {
    return n1 == n2 && (p1 == p2 || n1 == 0 || memcmp(p1, p2, (size_t)n1) == 0);
}

GoString llgo_intstring(int64_t rune) {
    int32_t r = (int64_t)(int32_t)rune == rune ? (int32_t)rune : 0xFFFD;
    uint8_t buf[4];
    int n = llgo_encoderune(buf, r);
    uint8_t *out;
    GoString s = new_string(n, &out);
    memcpy(out, buf, (size_t)n);
    return s;
}

GoString llgo_slicebytetostring(const uint8_t *p, int64_t n) {
    if (n == 0) {
        return (GoString){NULL, 0};
    }
    uint8_t *out;
    GoString s = new_string(n, &out);
    memcpy(out, p, (size_t)n);
    return s;
}

void llgo_stringtoslicebyte(GoSlice *out, const uint8_t *p, int64_t n) {
    uint64_t cap = llgo_roundupsize((uint64_t)n);
    uint8_t *b = llgo_alloc_noscan(cap);
    if (n > 0) {
        memcpy(b, p, (size_t)n);
    }
    *out = (GoSlice){b, n, (int64_t)cap};
}

void llgo_stringtoslicerune(GoSlice *out, const uint8_t *p, int64_t n) {
    int64_t count = 0;
    for (int64_t k = 0; k < n; count++) {
        llgo_decoderune(p, n, k, &k);
    }
    uint64_t cap = llgo_roundupsize((uint64_t)count * 4) / 4;
    int32_t *runes = llgo_alloc_noscan(cap * 4);
    int64_t i = 0;
    for (int64_t k = 0; k < n; i++) {
        runes[i] = llgo_decoderune(p, n, k, &k);
    }
    *out = (GoSlice){runes, count, (int64_t)cap};
}

GoString llgo_slicerunetostring(const int32_t *p, int64_t n) {
    int64_t size = 0;
    for (int64_t i = 0; i < n; i++) {
        size += llgo_runelen(p[i]);
    }
    if (size == 0) {
        return (GoString){NULL, 0};
    }
    uint8_t *out;
    GoString s = new_string(size, &out);
    for (int64_t i = 0; i < n; i++) {
        out += llgo_encoderune(out, p[i]);
    }
    return s;
}
