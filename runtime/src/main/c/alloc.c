/*
 * alloc.c: the one entry point for heap memory (ABI.md "memory"). For now every object
 * comes from calloc, which on x86_64 glibc returns zeroed 16-byte-aligned blocks; the
 * garbage collector will replace this file without changing llgo_alloc's contract.
 * Also gc's roundupsize (runtime/msize.go with the go1.19 size classes of
 * runtime/sizeclasses.go), which append and the string conversions use so that the
 * capacities programs print match gc's.
 */
#include <stdlib.h>

#include "llgo.h"

enum {
    MAX_SMALL_SIZE = 32768,
    PAGE_SIZE = 8192
};

/* class_to_size of runtime/sizeclasses.go (go1.19), without the unused class 0. */
static const uint16_t size_classes[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768
};

void *llgo_alloc(uint64_t size) {
    /* size 0 still gets a distinct block, so the pointer is unique and non-nil */
    void *p = calloc(1, size == 0 ? 1 : (size_t)size);
    if (p == NULL) {
        llgo_fatal("runtime: out of memory");
    }
    return p;
}

/*
 * The smallest size class holding size bytes, or size rounded up to whole 8 KiB pages
 * for large objects. gc reaches the class through two lookup tables; the smallest
 * class not below size is the same answer.
 */
uint64_t llgo_roundupsize(uint64_t size) {
    if (size < MAX_SMALL_SIZE) {
        size_t lo = 0, hi = sizeof size_classes / sizeof size_classes[0] - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (size_classes[mid] < size) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return size == 0 ? 0 : size_classes[lo];
    }
    if (size + PAGE_SIZE < size) {
        return size;
    }
    return (size + PAGE_SIZE - 1) & ~(uint64_t)(PAGE_SIZE - 1);
}
