/*
 * heap.h: the garbage-collected heap's internal layout, shared by alloc.c (allocation),
 * heap.c (pages and spans) and gc.c (mark and sweep); not part of the ABI. The design
 * follows gc's runtime/malloc.go, mheap.go and mbitmap.go (go1.19) in its facts: 8 KiB
 * pages in one reserved arena, gc's size classes, spans of one size class each with an
 * allocation bitmap and a mark bitmap (a slot is allocated when its index is below
 * freeindex or its allocation bit is set, gc's mspan.isFree), allocation through a
 * 64-bit cache of inverted allocation bits (gc's allocCache), noscan spans that are never
 * scanned, and one pointer bit per heap word (set at allocation from the type's gcdata)
 * for the others. Large objects (over 32 KiB) have a span of their own. Span records and
 * bitmaps live outside the arena, in the heap's own mmap'd metadata memory (never libc
 * malloc, which the collector must not call with the world stopped), so they never look
 * like heap pointers.
 */
#ifndef LLGO_HEAP_H
#define LLGO_HEAP_H

#include <pthread.h>

#include "llgo.h"

enum {
    HEAP_PAGE_SHIFT = 13,
    HEAP_PAGE_SIZE = 1 << HEAP_PAGE_SHIFT,
    HEAP_MAX_SMALL = 32768,
    HEAP_NUM_CLASSES = 68,                    /* class 0 is the large-object class */
    HEAP_NUM_SPAN_CLASSES = HEAP_NUM_CLASSES * 2
};

/* The reserved arena: 64 GiB of address space, committed as the heap grows. */
#define HEAP_ARENA_BYTES ((uintptr_t)64 << 30)

typedef enum { SPAN_FREE, SPAN_SMALL, SPAN_LARGE } SpanState;

typedef struct Span {
    uintptr_t start;
    uintptr_t npages;
    SpanState state;
    uint8_t sizeclass;      /* 0 for a large object */
    bool noscan;            /* no slot holds pointers: never scanned, no pointer bits */
    bool needzero;          /* the pages may hold old data (free runs and large objects) */
    bool released;          /* free run whose pages were returned to the OS (madvise) */
    bool cached;            /* a thread's allocation cache owns it */
    uint32_t idlesince;     /* free run: the collection count when it was last freed */
    uintptr_t elemsize;
    uint32_t divmagic;      /* slot index = (offset * divmagic) >> 32 (gc's divMul) */
    uint32_t nelems;
    uint32_t freeindex;     /* slots below it are allocated */
    uint32_t cacheend;      /* allocCache bit i is slot freeindex + i, for slots below cacheend */
    uint64_t alloccache;    /* inverted allocation bits from freeindex on */
    uint64_t *allocbits;    /* nelems bits: allocated at the last sweep */
    uint64_t *markbits;     /* nelems bits */
    uint64_t *ptrbits;      /* one bit per word of the span; NULL when noscan */
    uint64_t *bitblock;     /* the one block holding the three bitmaps (sweeping swaps the first two) */
    struct Span *next;      /* in a free-run list or the in-use list */
    struct Span *prev;
    struct Span *partialnext;  /* in its span class's list of spans with free slots */
} Span;

/* A thread's allocation cache (gc's mcache): one span per span class, and statistics. */
typedef struct HeapCache {
    Span *spans[HEAP_NUM_SPAN_CLASSES];
    uint64_t nmalloc;       /* objects allocated since the last flush */
    uint64_t bytes;         /* their slot bytes */
    struct HeapCache *next; /* every cache, for the collector */
    bool inuse;             /* a live thread owns it */
} HeapCache;

/* The heap: guarded by heap.lock except the fields each cache owns. */
typedef struct {
    pthread_mutex_t lock;
    uintptr_t arena;          /* first byte of the reserved arena */
    uintptr_t used;           /* bytes of the arena in use: the never-committed first page, then the committed pages */
    Span **pagemap;           /* for each page: the in-use span holding it; free runs: their first and last pages */
    Span *freeruns[128];      /* free runs of n pages (n < 128) */
    Span *freelarge;          /* free runs of 128 pages or more */
    Span *partial[HEAP_NUM_SPAN_CLASSES];  /* spans with free slots, not cached */
    Span *inuse;              /* every small and large span (doubly linked) */
    HeapCache *caches;
    uint32_t cycle;           /* collections so far: free runs idle through a whole cycle may be released */
    /* statistics (gc's memstats) */
    uint64_t live;            /* bytes of slots allocated: marked at the last GC plus taken since */
    uint64_t nextgc;          /* live at which the next collection starts */
    uint64_t sys;             /* arena bytes committed (HeapSys) */
    uint64_t released;        /* bytes of free runs returned to the OS */
    uint64_t idle;            /* bytes of free runs */
    uint64_t nmalloc;
    uint64_t nfree;
    uint64_t totalalloc;
    uint64_t metabytes;       /* span records, bitmaps, caches, mark stack and finalizer lists (mmap), for GCSys and Sys */
} Heap;

extern Heap llgo_heap;

/* alloc.c */
extern const uint16_t llgo_class_size[HEAP_NUM_CLASSES];
extern const uint8_t llgo_class_npages[HEAP_NUM_CLASSES];
/* The heap lock; holding it is a no-stop section (llgo.h), so the world never stops with it held. */
static inline void llgo_heap_lock(void) {
    llgo_nostop_enter();
    pthread_mutex_lock(&llgo_heap.lock);
}

static inline void llgo_heap_unlock(void) {
    pthread_mutex_unlock(&llgo_heap.lock);
    llgo_nostop_exit();
}

/* Moves every cache's statistics into the heap and gives its spans back (lock held, world stopped). */
void llgo_heap_flush_caches(void);

/* heap.c */
/* Reserves the arena and reads the settings once (idempotent; takes the lock itself). */
void llgo_heap_init(void);
/* A span of npages fresh pages for one large object or a size class (lock held), or NULL when the arena is full. */
Span *llgo_heap_alloc_span(uintptr_t npages, uint8_t sizeclass, bool noscan);
/* Returns a span's pages to the free runs (lock held). */
void llgo_heap_free_span(Span *s);
/* Returns free runs to the OS until at most keep bytes of free pages stay resident (lock held). */
void llgo_heap_scavenge(uint64_t keep);

/* Zeroed metadata memory of n bytes, and its release (lock held): never libc malloc. */
void *llgo_meta_calloc(size_t n);
void llgo_meta_free(void *p, size_t n);
/* Grows a metadata array from oldbytes to newbytes (old may be NULL; no lock needed). */
void *llgo_meta_grow(void *old, size_t oldbytes, size_t newbytes);

/* The span holding address p, or NULL when p is not in an allocated span. */
static inline Span *llgo_heap_span_of(uintptr_t p) {
    uintptr_t off = p - llgo_heap.arena;
    if (off >= llgo_heap.used) {
        return NULL;
    }
    Span *s = llgo_heap.pagemap[off >> HEAP_PAGE_SHIFT];
    return s != NULL && s->state != SPAN_FREE ? s : NULL;
}

static inline bool llgo_bit(const uint64_t *bits, uintptr_t i) {
    return (bits[i >> 6] >> (i & 63)) & 1;
}

static inline void llgo_setbit(uint64_t *bits, uintptr_t i) {
    bits[i >> 6] |= (uint64_t)1 << (i & 63);
}

/* gc.c */
/* Reads GOGC and GODEBUG=gctrace once, at heap initialisation. */
void llgo_gc_read_settings(void);
/* Starts a collection when the heap has grown to its goal (no locks held). */
void llgo_gc_maybe_collect(void);

#endif
