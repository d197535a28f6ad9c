/*
 * heap.c: the page heap under the garbage collector (heap.h), after gc's runtime/mheap.go
 * (go1.19) in its facts, not its code: one arena of 8 KiB pages reserved at start-up
 * (PROT_NONE) and committed as the heap grows, a page map from each page to its span (what
 * lets the collector turn any interior pointer into its object), free page runs kept in
 * lists by length and coalesced with their neighbours when freed, and the scavenger that
 * returns free runs to the OS with madvise(MADV_DONTNEED) when the heap shrinks (gc's
 * scavenger keeps about the heap goal plus 10% resident; runs freed during the last
 * collection cycle are kept, as the next cycle is likely to reuse them). GOGC is read here at start-up.
 */
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>

#include "heap.h"

Heap llgo_heap = { .lock = PTHREAD_MUTEX_INITIALIZER };

/* Committing grows the heap by at least this much (gc's heapArenaBytes is 64 MiB; we commit in smaller steps). */
static const uintptr_t COMMIT_STEP = (uintptr_t)4 << 20;

/*
 * Metadata memory (span records, bitmaps, allocation caches) comes from mmap, never from libc
 * malloc: sweeping frees span records and bitmaps with the world stopped, and a stopped
 * thread may hold malloc's arena lock. Blocks up to META_MAX_SMALL bytes are carved from
 * mmap'd chunks and kept, once freed, in lists by size (16-byte steps up to 1 KiB, then
 * powers of two); larger ones are mappings of their own. Guarded by the heap lock
 * (metabytes, also counted by llgo_meta_grow without it, is updated atomically).
 */
enum { META_CHUNK = 1 << 20, META_MAX_SMALL = 1 << 16, META_CLASSES = 64 + 7 };
static void *meta_freelist[META_CLASSES];
static char *meta_next, *meta_end;

/* The class of an n-byte block and, through size, its rounded size. */
static unsigned meta_class(size_t n, size_t *size) {
    if (n <= 1024) {
        unsigned c = (unsigned)((n + 15) >> 4);
        *size = (size_t)(c == 0 ? 1 : c) << 4;
        return c == 0 ? 0 : c - 1;
    }
    unsigned shift = 11;
    while (((size_t)1 << shift) < n) {
        shift++;
    }
    *size = (size_t)1 << shift;
    return 64 + (shift - 11);
}

static void *meta_map(size_t bytes) {
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        llgo_fatal("runtime: out of memory");
    }
    return p;
}

void *llgo_meta_calloc(size_t n) {
    if (n > META_MAX_SMALL) {
        size_t bytes = (n + 4095) & ~(size_t)4095;
        __atomic_add_fetch(&llgo_heap.metabytes, bytes, __ATOMIC_RELAXED);
        return meta_map(bytes);
    }
    size_t size;
    unsigned c = meta_class(n, &size);
    __atomic_add_fetch(&llgo_heap.metabytes, size, __ATOMIC_RELAXED);
    void *p = meta_freelist[c];
    if (p != NULL) {
        meta_freelist[c] = *(void **)p;
        memset(p, 0, size);
        return p;
    }
    if ((size_t)(meta_end - meta_next) < size) {
        meta_next = meta_map(META_CHUNK);   /* the old chunk's tail is left unused */
        meta_end = meta_next + META_CHUNK;
    }
    p = meta_next;
    meta_next += size;
    return p;   /* fresh mappings are zero */
}

void llgo_meta_free(void *p, size_t n) {
    if (n > META_MAX_SMALL) {
        size_t bytes = (n + 4095) & ~(size_t)4095;
        __atomic_sub_fetch(&llgo_heap.metabytes, bytes, __ATOMIC_RELAXED);
        munmap(p, bytes);
        return;
    }
    size_t size;
    unsigned c = meta_class(n, &size);
    __atomic_sub_fetch(&llgo_heap.metabytes, size, __ATOMIC_RELAXED);
    *(void **)p = meta_freelist[c];
    meta_freelist[c] = p;
}

/* A growable array's memory, from mmap and mremap (no lock needed): old may be NULL. */
void *llgo_meta_grow(void *old, size_t oldbytes, size_t newbytes) {
    oldbytes = old == NULL ? 0 : (oldbytes + 4095) & ~(size_t)4095;
    newbytes = (newbytes + 4095) & ~(size_t)4095;
    void *p = old == NULL ? mmap(NULL, newbytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
                          : mremap(old, oldbytes, newbytes, MREMAP_MAYMOVE);
    if (p == MAP_FAILED) {
        llgo_fatal("runtime: out of memory");
    }
    __atomic_add_fetch(&llgo_heap.metabytes, newbytes - oldbytes, __ATOMIC_RELAXED);
    return p;
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void heap_init_once(void) {
    uintptr_t reserve = HEAP_ARENA_BYTES + HEAP_PAGE_SIZE;
    void *p = mmap(NULL, reserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) {
        llgo_fatal("runtime: cannot reserve arena virtual address space");
    }
    uintptr_t arena = ((uintptr_t)p + HEAP_PAGE_SIZE - 1) & ~(uintptr_t)(HEAP_PAGE_SIZE - 1);
    size_t mapbytes = (HEAP_ARENA_BYTES >> HEAP_PAGE_SHIFT) * sizeof(Span *);
    void *map = mmap(NULL, mapbytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (map == MAP_FAILED) {
        llgo_fatal("runtime: cannot allocate the heap page map");
    }
    llgo_heap.arena = arena;
    llgo_heap.used = HEAP_PAGE_SIZE;   /* the first page stays unused: the arena's address, held in globals, is no object's */
    llgo_heap.pagemap = map;
    llgo_gc_read_settings();
}

void llgo_heap_init(void) {
    pthread_once(&init_once, heap_init_once);
}

static uintptr_t page_index(uintptr_t addr) {
    return (addr - llgo_heap.arena) >> HEAP_PAGE_SHIFT;
}

static Span **run_list(uintptr_t npages) {
    return npages < 128 ? &llgo_heap.freeruns[npages] : &llgo_heap.freelarge;
}

static void list_insert(Span **list, Span *s) {
    s->prev = NULL;
    s->next = *list;
    if (*list != NULL) {
        (*list)->prev = s;
    }
    *list = s;
}

static void list_remove(Span **list, Span *s) {
    if (s->prev != NULL) {
        s->prev->next = s->next;
    } else {
        *list = s->next;
    }
    if (s->next != NULL) {
        s->next->prev = s->prev;
    }
    s->next = s->prev = NULL;
}

/* Makes s a free run: in its list, its first and last pages mapped to it, its interior unmapped. */
static void run_insert(Span *s) {
    s->state = SPAN_FREE;
    uintptr_t first = page_index(s->start);
    llgo_heap.pagemap[first] = s;
    llgo_heap.pagemap[first + s->npages - 1] = s;
    list_insert(run_list(s->npages), s);
}

static void run_remove(Span *s) {
    list_remove(run_list(s->npages), s);
}

/* The free run just before or after page index i's span, or NULL. */
static Span *free_run_at(uintptr_t page) {
    if (page >= (llgo_heap.used >> HEAP_PAGE_SHIFT)) {
        return NULL;
    }
    Span *s = llgo_heap.pagemap[page];
    return s != NULL && s->state == SPAN_FREE ? s : NULL;
}

/* Merges free run b (just after a) into a; b's record is freed. */
static void run_merge(Span *a, Span *b) {
    if (a->released != b->released) {
        Span *r = a->released ? a : b;
        llgo_heap.released -= r->npages * HEAP_PAGE_SIZE;
        a->released = false;
        a->needzero = true;
    }
    a->needzero = a->needzero || b->needzero;
    a->idlesince = a->idlesince > b->idlesince ? a->idlesince : b->idlesince;
    llgo_heap.pagemap[page_index(a->start) + a->npages - 1] = NULL;
    llgo_heap.pagemap[page_index(b->start)] = NULL;
    a->npages += b->npages;
    llgo_meta_free(b, sizeof(Span));
}

/* Adds a free run (not in any list yet), coalescing it with its free neighbours. */
static void run_add(Span *s) {
    uintptr_t first = page_index(s->start);
    Span *left = first > 0 ? free_run_at(first - 1) : NULL;
    if (left != NULL) {
        run_remove(left);
        run_merge(left, s);
        s = left;
    }
    Span *right = free_run_at(page_index(s->start) + s->npages);
    if (right != NULL) {
        run_remove(right);
        run_merge(s, right);
    }
    run_insert(s);
}

/* Commits at least npages more pages at the end of the arena as a free run. */
static bool heap_grow(uintptr_t npages) {
    uintptr_t bytes = npages << HEAP_PAGE_SHIFT;
    if (bytes < COMMIT_STEP) {
        bytes = COMMIT_STEP;
    }
    if (llgo_heap.used + bytes > HEAP_ARENA_BYTES) {
        bytes = npages << HEAP_PAGE_SHIFT;
        if (llgo_heap.used + bytes > HEAP_ARENA_BYTES) {
            return false;
        }
    }
    void *at = (void *)(llgo_heap.arena + llgo_heap.used);
    if (mprotect(at, bytes, PROT_READ | PROT_WRITE) != 0) {
        return false;
    }
    Span *s = llgo_meta_calloc(sizeof(Span));
    s->start = (uintptr_t)at;
    s->npages = bytes >> HEAP_PAGE_SHIFT;
    llgo_heap.used += bytes;
    llgo_heap.sys += bytes;
    llgo_heap.idle += bytes;
    run_add(s);
    return true;
}

/* The smallest free run of at least npages (first fit among the long runs). */
static Span *run_find(uintptr_t npages) {
    for (uintptr_t n = npages; n < 128; n++) {
        if (llgo_heap.freeruns[n] != NULL) {
            return llgo_heap.freeruns[n];
        }
    }
    Span *best = NULL;
    for (Span *s = llgo_heap.freelarge; s != NULL; s = s->next) {
        if (s->npages >= npages && (best == NULL || s->npages < best->npages || (s->npages == best->npages && s->start < best->start))) {
            best = s;
        }
    }
    return best;
}

Span *llgo_heap_alloc_span(uintptr_t npages, uint8_t sizeclass, bool noscan) {
    Span *s = run_find(npages);
    if (s == NULL) {
        if (!heap_grow(npages)) {
            return NULL;
        }
        s = run_find(npages);
    }
    run_remove(s);
    uintptr_t first = page_index(s->start);
    llgo_heap.pagemap[first] = NULL;
    llgo_heap.pagemap[first + s->npages - 1] = NULL;
    if (s->npages > npages) {
        Span *rest = llgo_meta_calloc(sizeof(Span));
        rest->start = s->start + (npages << HEAP_PAGE_SHIFT);
        rest->npages = s->npages - npages;
        rest->released = s->released;
        rest->needzero = s->needzero;
        rest->idlesince = s->idlesince;
        s->npages = npages;
        run_insert(rest);
    }
    uintptr_t bytes = npages << HEAP_PAGE_SHIFT;
    llgo_heap.idle -= bytes;
    if (s->released) {
        llgo_heap.released -= bytes;
        s->released = false;
        s->needzero = false;   /* madvised pages come back zeroed */
    }
    s->sizeclass = sizeclass;
    s->noscan = noscan;
    s->cached = false;
    s->freeindex = 0;
    s->cacheend = 0;
    s->alloccache = 0;
    if (sizeclass == 0) {
        s->state = SPAN_LARGE;
        s->elemsize = bytes;
        s->nelems = 1;
    } else {
        s->state = SPAN_SMALL;
        s->elemsize = llgo_class_size[sizeclass];
        s->divmagic = UINT32_MAX / (uint32_t)s->elemsize + 1;
        s->nelems = (uint32_t)(bytes / s->elemsize);
    }
    size_t bitwords = (s->nelems + 63) / 64;
    size_t ptrwords = noscan ? 0 : bytes / 8 / 64;
    uint64_t *bits = llgo_meta_calloc((2 * bitwords + ptrwords) * sizeof(uint64_t));
    s->bitblock = bits;
    s->allocbits = bits;
    s->markbits = bits + bitwords;
    s->ptrbits = noscan ? NULL : bits + 2 * bitwords;
    for (uintptr_t i = 0; i < npages; i++) {
        llgo_heap.pagemap[first + i] = s;
    }
    list_insert(&llgo_heap.inuse, s);
    return s;
}

void llgo_heap_free_span(Span *s) {
    list_remove(&llgo_heap.inuse, s);
    size_t bitwords = (s->nelems + 63) / 64;
    size_t ptrwords = s->noscan ? 0 : (s->npages << HEAP_PAGE_SHIFT) / 8 / 64;
    llgo_meta_free(s->bitblock, (2 * bitwords + ptrwords) * sizeof(uint64_t));
    s->bitblock = s->allocbits = s->markbits = s->ptrbits = NULL;
    uintptr_t first = page_index(s->start);
    for (uintptr_t i = 0; i < s->npages; i++) {
        llgo_heap.pagemap[first + i] = NULL;
    }
    s->needzero = true;
    s->released = false;
    s->idlesince = llgo_heap.cycle;
    llgo_heap.idle += s->npages << HEAP_PAGE_SHIFT;
    run_add(s);
}

static uint64_t scavenge_list(Span *list, uint64_t excess) {
    for (Span *s = list; s != NULL && excess > 0; s = s->next) {
        if (!s->released && s->idlesince + 1 < llgo_heap.cycle) {
            uint64_t bytes = s->npages << HEAP_PAGE_SHIFT;
            madvise((void *)s->start, bytes, MADV_DONTNEED);
            s->released = true;
            s->needzero = false;
            llgo_heap.released += bytes;
            excess = excess > bytes ? excess - bytes : 0;
        }
    }
    return excess;
}

void llgo_heap_scavenge(uint64_t keep) {
    uint64_t resident = llgo_heap.idle - llgo_heap.released;
    if (resident <= keep) {
        return;
    }
    uint64_t excess = scavenge_list(llgo_heap.freelarge, resident - keep);
    for (int n = 127; n > 0 && excess > 0; n--) {
        excess = scavenge_list(llgo_heap.freeruns[n], excess);
    }
}
