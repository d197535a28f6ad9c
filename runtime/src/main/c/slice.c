/*
 * slice.c: make, append and copy for slices, following gc's runtime/slice.go (go1.19).
 * growslice grows capacity as gc does (double below 256 elements, then add
 * (newcap + 3*256)/4 until large enough) and then rounds the byte size up to gc's size
 * class, so cap() after append matches gc. The element type's descriptor gives the size and
 * the pointer layout the collector scans (llgo_newarray); new memory is already zeroed.
 */
#include <string.h>

#include "llgo.h"

/* maxAlloc on linux/amd64: 1 << heapAddrBits (48). */
static const uint64_t MAX_ALLOC = (uint64_t)1 << 48;

/* Zero-size elements share one address, as gc's zerobase. */
static uint64_t zerobase;

/* n * size, or UINT64_MAX when the product overflows. */
static uint64_t mul_bytes(uint64_t n, uint64_t size) {
    uint64_t product;
    if (__builtin_mul_overflow(n, size, &product)) {
        return UINT64_MAX;
    }
    return product;
}

void llgo_makeslice(GoSlice *out, int64_t len, int64_t cap, const LlgoType *elem) {
    int64_t elemsize = (int64_t)elem->size;
    uint64_t mem = mul_bytes((uint64_t)cap, (uint64_t)elemsize);
    if (cap < 0 || mem > MAX_ALLOC || len < 0 || len > cap) {
        uint64_t lenmem = mul_bytes((uint64_t)len, (uint64_t)elemsize);
        if (len < 0 || lenmem > MAX_ALLOC) {
            llgo_panicruntime("makeslice: len out of range");
        }
        llgo_panicruntime("makeslice: cap out of range");
    }
    void *p = elemsize == 0 ? (void *)&zerobase : llgo_newarray(elem, cap);
    *out = (GoSlice){p, len, cap};
}

void llgo_growslice(GoSlice *out, void *oldp, int64_t oldlen, int64_t oldcap, int64_t newlen, const LlgoType *elem) {
    int64_t elemsize = (int64_t)elem->size;
    if (newlen < oldcap) {
        llgo_panicruntime("growslice: cap out of range");
    }
    if (elemsize == 0) {
        *out = (GoSlice){&zerobase, newlen, newlen};
        return;
    }

    int64_t newcap = oldcap;
    int64_t doublecap = newcap + newcap;
    if (newlen > doublecap) {
        newcap = newlen;
    } else {
        const int64_t threshold = 256;
        if (oldcap < threshold) {
            newcap = doublecap;
        } else {
            while (0 < newcap && newcap < newlen) {
                newcap += (newcap + 3 * threshold) / 4;
            }
            if (newcap <= 0) {
                newcap = newlen;
            }
        }
    }

    uint64_t size = (uint64_t)elemsize;
    uint64_t capmem = mul_bytes((uint64_t)newcap, size);
    if (capmem > MAX_ALLOC) {
        llgo_panicruntime("growslice: cap out of range");
    }
    capmem = llgo_roundupsize(capmem);
    newcap = (int64_t)(capmem / size);

    void *p = llgo_newarray(elem, newcap);
    if (oldlen > 0) {
        memmove(p, oldp, (size_t)((uint64_t)oldlen * size));
    }
    *out = (GoSlice){p, newlen, newcap};
}

int64_t llgo_slicecopy(void *dst, int64_t dstlen, const void *src, int64_t srclen, int64_t elemsize) {
    int64_t n = dstlen < srclen ? dstlen : srclen;
    if (n <= 0 || elemsize == 0) {
        return n < 0 ? 0 : n;
    }
    if (dst != src) {
        memmove(dst, src, (size_t)((uint64_t)n * (uint64_t)elemsize));
    }
    return n;
}
