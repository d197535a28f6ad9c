/*
 * alloc.c: the allocation entry points of ABI.md "memory" on the collected heap (heap.h),
 * after gc's mallocgc (runtime/malloc.go, go1.19) in its facts: gc's size classes
 * (runtime/sizeclasses.go: class_to_size, class_to_allocnpages and the two lookup tables
 * size_to_class8 and size_to_class128, recomputed from class_to_size), a per-thread cache
 * of one span per size class and noscan bit (gc's mcache; a __thread pointer), the fast
 * path taking the next free slot from the span's allocCache with no lock (small enough for
 * LLVM to inline into compiled Go code, since the runtime bitcode is linked and optimised
 * with the program), and a slow path under the heap lock that refills the cache or
 * allocates a large object and may start a collection first. A scanned object's pointer
 * bits are written from its type's ptrdata and gcdata (gc's heapBitsSetType), or all set
 * for a conservative object. Also gc's roundupsize (runtime/msize.go).
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "heap.h"

/* class_to_size and class_to_allocnpages of runtime/sizeclasses.go (go1.19). */
const uint16_t llgo_class_size[HEAP_NUM_CLASSES] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768
};
const uint8_t llgo_class_npages[HEAP_NUM_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5,
    7, 2, 9, 7, 5, 8, 3, 10, 7, 4
};

/* The smallest class holding n bytes: index (n + 7) / 8 up to 1024, else (n - 1024 + 127) / 128. */
static const uint8_t class_by_8[129] = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32
};
static const uint8_t class_by_128[249] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67
};

static inline uint8_t size_class(uintptr_t size) {
    return size <= 1024 ? class_by_8[(size + 7) >> 3] : class_by_128[(size - 1024 + 127) >> 7];
}

/* The thread's cache, reached through thread_cache_slot (llgo.h: thread-locals read by inlined code). */
static _Thread_local HeapCache *thread_cache_tls;
static intptr_t thread_cache_offset;

/* Called first by main (the runtime's bitcode has no constructors: the program link drops them). */
void llgo_alloc_init_thread_offsets(void) {
    thread_cache_offset = (char *)&thread_cache_tls - llgo_thread_pointer();
}

static inline HeapCache **thread_cache_slot(void) {
    return (HeapCache **)(llgo_thread_pointer() + thread_cache_offset);
}

static pthread_key_t cache_key;
static pthread_once_t cache_key_once = PTHREAD_ONCE_INIT;

/* Gives a cache's spans back (lock held): slots it did not take stop counting as live. */
static void cache_flush(HeapCache *c) {
    for (int i = 0; i < HEAP_NUM_SPAN_CLASSES; i++) {
        Span *s = c->spans[i];
        if (s == NULL) {
            continue;
        }
        uint32_t untaken = 0;
        for (uint32_t k = s->freeindex; k < s->nelems; k++) {
            untaken += !llgo_bit(s->allocbits, k);
        }
        llgo_heap.live -= (uint64_t)untaken * s->elemsize;
        s->cached = false;
        if (untaken > 0) {
            s->partialnext = llgo_heap.partial[i];
            llgo_heap.partial[i] = s;
        }
        c->spans[i] = NULL;
    }
    llgo_heap.nmalloc += c->nmalloc;
    llgo_heap.totalalloc += c->bytes;
    c->nmalloc = 0;
    c->bytes = 0;
}

void llgo_heap_flush_caches(void) {
    for (HeapCache *c = llgo_heap.caches; c != NULL; c = c->next) {
        cache_flush(c);
    }
}

static void cache_release(void *p) {
    HeapCache *c = p;
    llgo_heap_lock();
    cache_flush(c);
    c->inuse = false;
    llgo_heap_unlock();
}

static void cache_key_create(void) {
    pthread_key_create(&cache_key, cache_release);
}

static __attribute__((noinline)) HeapCache *cache_create(void) {
    llgo_heap_init();
    pthread_once(&cache_key_once, cache_key_create);
    llgo_heap_lock();
    HeapCache *c = llgo_heap.caches;
    while (c != NULL && c->inuse) {
        c = c->next;
    }
    if (c == NULL) {
        c = llgo_meta_calloc(sizeof(HeapCache));
        c->next = llgo_heap.caches;
        llgo_heap.caches = c;
    }
    c->inuse = true;
    llgo_heap_unlock();
    pthread_setspecific(cache_key, c);
    *thread_cache_slot() = c;
    return c;
}

/* The next free slot of s, or NULL when it has none left (gc's nextFreeFast and nextFreeIndex). */
static inline void *span_next(Span *s) {
    for (;;) {
        if (s->alloccache != 0) {
            unsigned bit = (unsigned)__builtin_ctzll(s->alloccache);
            uint32_t idx = s->freeindex + bit;
            if (idx >= s->nelems) {
                s->freeindex = s->nelems;
                s->alloccache = 0;
                return NULL;
            }
            s->alloccache = (s->alloccache >> bit) >> 1;
            s->freeindex = idx + 1;
            return (void *)(s->start + (uintptr_t)idx * s->elemsize);
        }
        s->freeindex = s->cacheend;
        if (s->freeindex >= s->nelems) {
            return NULL;
        }
        s->alloccache = ~s->allocbits[s->freeindex >> 6];
        s->cacheend = s->freeindex + 64;
    }
}

/* Clears n bits from bit i. */
static inline void clear_bits(uint64_t *bits, uintptr_t i, uintptr_t n) {
    while (n > 0 && (i & 63) != 0) {
        bits[i >> 6] &= ~((uint64_t)1 << (i & 63));
        i++;
        n--;
    }
    while (n >= 64) {
        bits[i >> 6] = 0;
        i += 64;
        n -= 64;
    }
    while (n > 0) {
        bits[i >> 6] &= ~((uint64_t)1 << (i & 63));
        i++;
        n--;
    }
}

/*
 * Writes the pointer bits of the object at p, whose slot has slotsize bytes: count
 * values of type t (t's gcdata; every word of t's ptrdata prefix when gcdata is NULL),
 * or, when t is NULL, every word of its first size bytes (a conservative object).
 */
static __attribute__((noinline)) void set_pointer_bits_slow(Span *s, uintptr_t p, uintptr_t slotsize, uintptr_t size,
                                                             const LlgoType *t, uintptr_t count) {
    uint64_t *bits = s->ptrbits;
    uintptr_t w0 = (p - s->start) >> 3;
    clear_bits(bits, w0, slotsize >> 3);
    if (t == NULL) {
        for (uintptr_t i = 0; i < (size + 7) >> 3; i++) {
            llgo_setbit(bits, w0 + i);
        }
        return;
    }
    uintptr_t elemwords = t->size >> 3, ptrwords = t->ptrdata >> 3;
    const uint8_t *gcdata = t->gcdata;
    for (uintptr_t e = 0; e < count; e++, w0 += elemwords) {
        for (uintptr_t i = 0; i < ptrwords; i++) {
            if (gcdata == NULL || ((gcdata[i >> 3] >> (i & 7)) & 1)) {
                llgo_setbit(bits, w0 + i);
            }
        }
    }
}

/*
 * set_pointer_bits_slow's common case in a few instructions: one object of at most 64
 * words whose type's bitmap fits in one 64-bit word (every small scanned object but
 * arrays and conservative ones).
 */
static inline void set_pointer_bits(Span *s, uintptr_t p, uintptr_t slotsize, uintptr_t size,
                                    const LlgoType *t, uintptr_t count) {
    uintptr_t n = slotsize >> 3;
    if (t == NULL || count != 1 || n > 64 || t->gcdata == NULL) {
        set_pointer_bits_slow(s, p, slotsize, size, t, count);
        return;
    }
    uintptr_t ptrwords = t->ptrdata >> 3;
    uint64_t mask = 0;
    for (uintptr_t i = 0; i < (ptrwords + 7) >> 3; i++) {
        mask |= (uint64_t)t->gcdata[i] << (i * 8);
    }
    if (ptrwords < 64) {
        mask &= ((uint64_t)1 << ptrwords) - 1;
    }
    uint64_t clear = n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
    uintptr_t w0 = (p - s->start) >> 3, k = w0 >> 6, sh = w0 & 63;
    uint64_t *bits = s->ptrbits;
    bits[k] = (bits[k] & ~(clear << sh)) | (mask << sh);
    if (sh + n > 64) {
        bits[k + 1] = (bits[k + 1] & ~(clear >> (64 - sh))) | (mask >> (64 - sh));
    }
}

static bool gc_due(void) {
    return __atomic_load_n(&llgo_heap.live, __ATOMIC_RELAXED) >= __atomic_load_n(&llgo_heap.nextgc, __ATOMIC_RELAXED);
}

/*
 * Gives the cache a span of span class sc with a free slot and returns the slot.
 * Precondition: inside a no-stop section (the slot's pointer bits are written before it ends).
 */
static __attribute__((noinline)) void *cache_refill(HeapCache *c, uint8_t cls, bool noscan, Span **out) {
    int sc = cls * 2 + noscan;
    llgo_heap_lock();
    Span *old = c->spans[sc];
    if (old != NULL) {
        old->cached = false;     /* full: the next sweep finds it on the in-use list */
    }
    Span *s = llgo_heap.partial[sc];
    if (s != NULL) {
        llgo_heap.partial[sc] = s->partialnext;
    } else {
        s = llgo_heap_alloc_span(llgo_class_npages[cls], cls, noscan);
        if (s == NULL) {
            llgo_fatal("runtime: out of memory");
        }
    }
    s->cached = true;
    uint32_t untaken = 0;
    for (uint32_t k = s->freeindex; k < s->nelems; k++) {
        untaken += !llgo_bit(s->allocbits, k);
    }
    llgo_heap.live += (uint64_t)untaken * s->elemsize;
    c->spans[sc] = s;
    void *p = span_next(s);
    llgo_heap_unlock();
    *out = s;
    return p;
}

static __attribute__((noinline)) void *alloc_large(uintptr_t size, const LlgoType *t, uintptr_t count, bool noscan) {
    llgo_heap_init();
    if (gc_due()) {
        llgo_gc_maybe_collect();
    }
    uintptr_t npages = (size + HEAP_PAGE_SIZE - 1) >> HEAP_PAGE_SHIFT;
    if (size > HEAP_ARENA_BYTES) {
        llgo_fatal("runtime: out of memory");
    }
    llgo_heap_lock();
    Span *s = llgo_heap_alloc_span(npages, 0, noscan);
    if (s == NULL) {
        llgo_fatal("runtime: out of memory");
    }
    bool needzero = s->needzero;
    llgo_heap.live += s->elemsize;
    llgo_heap.nmalloc++;
    llgo_heap.totalalloc += s->elemsize;
    s->freeindex = 1;
    llgo_heap_unlock();
    void *p = (void *)s->start;
    if (needzero) {
        memset(p, 0, size);
    }
    if (!noscan) {
        set_pointer_bits(s, s->start, s->elemsize, size, t, count);
    }
    return p;
}

/*
 * size bytes, zeroed: count values of type t (precise), or when t is NULL a conservative
 * object (conservative true) or a noscan one.
 */
static inline __attribute__((always_inline)) void *mallocgc(uintptr_t size, const LlgoType *t, uintptr_t count, bool conservative) {
    bool noscan = t == NULL ? !conservative : t->ptrdata == 0;
    if (size == 0) {
        size = 1;       /* a distinct non-nil address (ABI.md "memory") */
    }
    if (size > HEAP_MAX_SMALL) {
        return alloc_large(size, t, count, noscan);
    }
    HeapCache *c = *thread_cache_slot();
    if (__builtin_expect(c == NULL, 0)) {
        c = cache_create();
    }
    uint8_t cls = size_class(size);
    /* The cache is this thread's until the function returns (no switch happens in here), but
     * the collector flushes every cache while the world is stopped: from taking a slot to
     * writing its pointer bits is a no-stop section, or a flushed span could be shared by two
     * threads. A collection that is due starts outside it. */
    llgo_nostop_enter();
    Span *s = c->spans[cls * 2 + noscan];
    void *p = s != NULL ? span_next(s) : NULL;
    if (__builtin_expect(p == NULL, 0)) {
        if (gc_due()) {
            llgo_nostop_exit();
            llgo_gc_maybe_collect();
            llgo_nostop_enter();
        }
        p = cache_refill(c, cls, noscan, &s);
    }
    memset(p, 0, size);
    c->nmalloc++;
    c->bytes += s->elemsize;
    if (!noscan) {
        set_pointer_bits(s, (uintptr_t)p, s->elemsize, size, t, count);
    }
    llgo_nostop_exit();
    return p;
}

void *llgo_alloc(uint64_t size) {
    return mallocgc(size, NULL, 0, true);
}

void *llgo_alloc_noscan(uint64_t size) {
    return mallocgc(size, NULL, 0, false);
}

void *llgo_newobject(const LlgoType *t) {
    return mallocgc(t->size, t, 1, false);
}

void *llgo_newarray(const LlgoType *elem, int64_t n) {
    uint64_t bytes;
    if (n < 0 || __builtin_mul_overflow((uint64_t)n, elem->size, &bytes) || bytes > HEAP_ARENA_BYTES) {
        llgo_panicplain("runtime: allocation size out of range");
    }
    return mallocgc(bytes, elem, (uintptr_t)n, false);
}

/*
 * The smallest size class holding size bytes, or size rounded up to whole 8 KiB pages
 * for large objects (gc's roundupsize).
 */
uint64_t llgo_roundupsize(uint64_t size) {
    if (size <= HEAP_MAX_SMALL) {
        return size == 0 ? 0 : llgo_class_size[size_class(size)];
    }
    if (size + HEAP_PAGE_SIZE < size) {
        return size;
    }
    return (size + HEAP_PAGE_SIZE - 1) & ~(uint64_t)(HEAP_PAGE_SIZE - 1);
}
