/*
 * gc.c: the garbage collector (ABI.md "Garbage collection"): a non-moving mark-sweep
 * collector with the world stopped, after gc's runtime/mgc.go, mgcmark.go and mgcsweep.go
 * (go1.19) in its facts, not its code. Roots are scanned conservatively — the program's
 * writable segments (data, bss: found with dl_iterate_phdr), every thread stack from its
 * stack pointer after registers are spilled (world.c) — since LLVM knows nothing of the
 * collector; an interior pointer keeps its object alive. Heap objects are scanned
 * precisely from the pointer bits written at allocation, noscan spans never; with
 * GOMAXPROCS above 1, helper threads of the collector's own mark in parallel (gc's
 * dedicated mark workers, within the pause). Sweeping is
 * eager and touches only bitmaps: each span's mark bits become its allocation bits (gc's
 * sweep). The next collection starts when the live heap reaches the goal
 * marked * (1 + GOGC/100), at least 4 MB * GOGC/100 (gc's heapminimum); GOGC=off disables
 * it. Free pages beyond the goal plus 10% go back to the OS. Finalizers follow gc's
 * SetFinalizer rules (an unreachable object with a finalizer is kept for one more cycle
 * and its finalizer queued; whatever it references is marked). GODEBUG=gctrace=1 prints
 * gc's line per collection (runtime/mgc.go gcMarkTermination).
 */
#define _GNU_SOURCE
#include <link.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "heap.h"

/* gc's heapminimum at GOGC=100. */
static const uint64_t HEAP_MINIMUM = (uint64_t)4 << 20;

static int64_t gogc = 100;          /* negative: off */
static int gctrace;
static uint64_t start_ns;           /* process start, for gctrace's @time */

static pthread_mutex_t gc_lock = PTHREAD_MUTEX_INITIALIZER;

/* Statistics of past collections (gc's memstats). */
static uint32_t num_gc, num_forced_gc;
static uint64_t pause_total_ns, last_gc_unix_ns, gc_cpu_ns;
static uint64_t pause_ns[256], pause_end[256];

static uint64_t nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t thread_cpu_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t unixnano(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* gc's readGOGC: an integer percentage, "off" (or negative) disables; anything else is 100. */
void llgo_gc_read_settings(void) {
    start_ns = nanotime();
    const char *v = getenv("GOGC");
    if (v != NULL && strcmp(v, "off") == 0) {
        gogc = -1;
    } else if (v != NULL && *v != '\0') {
        char *end;
        long n = strtol(v, &end, 10);
        if (*end == '\0') {
            gogc = n < 0 ? -1 : n;
        }
    }
    const char *d = getenv("GODEBUG");
    for (const char *p = d; p != NULL && *p != '\0';) {
        if (strncmp(p, "gctrace=", 8) == 0) {
            gctrace = atoi(p + 8);
        }
        p = strchr(p, ',');
        p = p == NULL ? NULL : p + 1;
    }
    llgo_heap.nextgc = gogc < 0 ? UINT64_MAX : HEAP_MINIMUM * (uint64_t)gogc / 100;
}

/* ---- marking ---- */

/*
 * A marker's state, copied into locals by each marking loop: with the arena bounds, the
 * page map and the mark stack in registers, stores to mark bits cannot be taken by the
 * optimiser as changing them. Marking runs on the collecting thread and, when GOMAXPROCS
 * is above 1, on helper threads of the collector's own (gc's dedicated mark workers, here
 * all within the pause): each has a marker, sets mark bits atomically (shared), and hands
 * part of its mark stack to the work pool while another marker waits for work.
 */
typedef struct {
    uintptr_t arena, used;
    Span **pagemap;
    uintptr_t *stack;
    size_t len, cap;
    bool shared;            /* other markers run: mark bits are set atomically */
    bool helper;            /* a helper thread's: its CPU time is counted when it goes idle */
    uint64_t busy_since;    /* a helper's thread CPU time when it last found work */
} Marker;

enum { MAX_MARKERS = 8 };
static Marker marker;   /* the collecting thread's, between marking loops */
static Marker helper_markers[MAX_MARKERS - 1];

static __attribute__((noinline)) uintptr_t *mark_stack_grow(uintptr_t *stack, size_t cap) {
    return llgo_meta_grow(stack, cap / 2 * sizeof(uintptr_t), cap * sizeof(uintptr_t));
}

static inline __attribute__((always_inline)) Span *marker_span(const Marker *m, uintptr_t p) {
    uintptr_t off = p - m->arena;
    if (off >= m->used) {
        return NULL;
    }
    Span *s = m->pagemap[off >> HEAP_PAGE_SHIFT];
    return s != NULL && s->state != SPAN_FREE ? s : NULL;
}

/* Marks the object holding address p, if any, and queues it for scanning. */
static inline __attribute__((always_inline)) void mark_address(Marker *m, uintptr_t p) {
    Span *s = marker_span(m, p);
    if (s == NULL) {
        return;
    }
    uintptr_t idx = 0;
    if (s->state == SPAN_SMALL) {
        idx = (uintptr_t)(((uint64_t)(uint32_t)(p - s->start) * s->divmagic) >> 32);
        if (idx >= s->nelems) {
            return;
        }
        if (idx >= s->freeindex && !llgo_bit(s->allocbits, idx)) {
            return;     /* a free slot */
        }
    } else if (s->freeindex == 0) {
        return;
    }
    uint64_t *word = &s->markbits[idx >> 6];
    uint64_t bit = (uint64_t)1 << (idx & 63);
    if (__atomic_load_n(word, __ATOMIC_RELAXED) & bit) {
        return;
    }
    if (m->shared) {
        if (__atomic_fetch_or(word, bit, __ATOMIC_RELAXED) & bit) {
            return;     /* another marker took it */
        }
    } else {
        *word |= bit;
    }
    if (!s->noscan) {
        if (m->len == m->cap) {
            m->cap = m->cap == 0 ? 4096 : m->cap * 2;   /* the old size is cap / 2 */
            m->stack = mark_stack_grow(m->stack, m->cap);
        }
        m->stack[m->len++] = s->start + idx * s->elemsize;
    }
}

/* Marks what every word in [lo, hi) may point at. */
static void scan_conservative(const void *lo, const void *hi) {
    Marker m = marker;
    uintptr_t p = ((uintptr_t)lo + 7) & ~(uintptr_t)7;
    for (; p + 8 <= (uintptr_t)hi; p += 8) {
        mark_address(&m, *(const uintptr_t *)p);
    }
    marker = m;
}

/* Marks what the pointer words of the object at base point at. */
static inline __attribute__((always_inline)) void scan_object(Marker *m, uintptr_t base) {
    Span *s = marker_span(m, base);
    const uintptr_t *words = (const uintptr_t *)base;
    const uint64_t *ptrbits = s->ptrbits;
    uintptr_t w0 = (base - s->start) >> 3, n = s->elemsize >> 3;
    for (uintptr_t i = 0; i < n;) {
        uintptr_t b = w0 + i;
        uint64_t bits = ptrbits[b >> 6] >> (b & 63);
        if (bits == 0) {
            i += 64 - (b & 63);
            continue;
        }
        i += (uintptr_t)__builtin_ctzll(bits);
        if (i >= n) {
            break;
        }
        mark_address(m, words[i]);
        i++;
    }
}

/*
 * The work pool: blocks of object addresses that markers with work left give to waiting
 * ones (gc's workbufs). Blocks come from metadata memory and are kept for later cycles.
 */
enum { WORKBUF_CAP = 256 };
typedef struct WorkBuf {
    struct WorkBuf *next;
    size_t n;
    uintptr_t objs[WORKBUF_CAP];
} WorkBuf;

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pool_cond = PTHREAD_COND_INITIALIZER;
static WorkBuf *pool_full, *pool_empty;
static int pool_markers;        /* markers taking part in this marking phase */
static int pool_idle;           /* of which waiting for work (read without the lock as a hint) */
static bool pool_done = true;   /* every marker was idle with the pool empty */
static uint64_t helpers_cpu_ns;     /* the helpers' marking CPU time this collection */

static WorkBuf *workbuf_get_empty(void) {
    WorkBuf *b = pool_empty;
    if (b != NULL) {
        pool_empty = b->next;
        return b;
    }
    return llgo_meta_grow(NULL, 0, sizeof(WorkBuf));    /* mmap: no libc allocator with the world stopped */
}

/* Moves up to WORKBUF_CAP of m's oldest queued objects to the pool, for a waiting marker. */
static __attribute__((noinline)) void share_work(Marker *m) {
    pthread_mutex_lock(&pool_lock);
    WorkBuf *b = workbuf_get_empty();
    size_t n = m->len / 2 < WORKBUF_CAP ? m->len / 2 : WORKBUF_CAP;
    memcpy(b->objs, m->stack, n * sizeof(uintptr_t));
    memmove(m->stack, m->stack + n, (m->len - n) * sizeof(uintptr_t));
    m->len -= n;
    b->n = n;
    b->next = pool_full;
    pool_full = b;
    pthread_cond_signal(&pool_cond);
    pthread_mutex_unlock(&pool_lock);
}

/* Refills m's empty stack from the pool; false when marking is over (every marker idle, nothing left). */
static __attribute__((noinline)) bool take_work(Marker *m) {
    if (m->helper) {
        __atomic_add_fetch(&helpers_cpu_ns, thread_cpu_ns() - m->busy_since, __ATOMIC_RELAXED);
    }
    pthread_mutex_lock(&pool_lock);
    __atomic_add_fetch(&pool_idle, 1, __ATOMIC_RELAXED);
    while (pool_full == NULL && !pool_done) {
        if (__atomic_load_n(&pool_idle, __ATOMIC_RELAXED) == pool_markers) {
            pool_done = true;
            pthread_cond_broadcast(&pool_cond);
            break;
        }
        pthread_cond_wait(&pool_cond, &pool_lock);
    }
    if (pool_done) {
        pthread_mutex_unlock(&pool_lock);
        return false;
    }
    __atomic_sub_fetch(&pool_idle, 1, __ATOMIC_RELAXED);
    WorkBuf *b = pool_full;
    pool_full = b->next;
    while (m->cap < b->n) {
        m->cap = m->cap == 0 ? 4096 : m->cap * 2;
        m->stack = mark_stack_grow(m->stack, m->cap);
    }
    memcpy(m->stack, b->objs, b->n * sizeof(uintptr_t));
    m->len = b->n;
    b->next = pool_empty;
    pool_empty = b;
    pthread_mutex_unlock(&pool_lock);
    if (m->helper) {
        m->busy_since = thread_cpu_ns();
    }
    return true;
}

/*
 * Scans until m's mark stack is empty (and, with other markers, until all are done).
 * Objects popped from the stack wait in a small FIFO after a prefetch, so that the cache
 * miss of reading one overlaps the scanning of the objects before it (the miss on the
 * object's words dominates marking).
 */
enum { PREFETCH_DEPTH = 8 };

static void drain_marker(Marker *mp) {
    Marker m = *mp;
    uintptr_t fifo[PREFETCH_DEPTH];
    unsigned head = 0, count = 0;
    for (;;) {
        while (m.len > 0 || count > 0) {
            while (count < PREFETCH_DEPTH && m.len > 0) {
                uintptr_t p = m.stack[--m.len];
                __builtin_prefetch((const void *)p);
                fifo[(head + count++) % PREFETCH_DEPTH] = p;
            }
            uintptr_t p = fifo[head];
            head = (head + 1) % PREFETCH_DEPTH;
            count--;
            scan_object(&m, p);
            if (m.shared && m.len > 2 * PREFETCH_DEPTH && __atomic_load_n(&pool_idle, __ATOMIC_RELAXED) > 0) {
                share_work(&m);
            }
        }
        if (!m.shared || !take_work(&m)) {
            break;
        }
    }
    *mp = m;
}

static void drain(void) {
    drain_marker(&marker);
}

/*
 * The collector's helper threads: created before the world stops, parked between cycles.
 * A helper joins a marking phase only while it is open, so the collector never waits for a
 * helper the OS has not scheduled yet (on a busy machine that could take many time slices):
 * marking ends when every marker that joined is idle and the pool is empty, and a helper
 * that wakes later finds the phase closed.
 */
static int nhelpers;
static sem_t helpers_start;
static bool pool_open;          /* a marking phase accepts helpers */
static uintptr_t pool_arena, pool_used;
static Span **pool_pagemap;

static void *helper_main(void *arg) {
    Marker *m = arg;
    for (;;) {
        while (sem_wait(&helpers_start) != 0) {
        }
        pthread_mutex_lock(&pool_lock);
        bool joined = pool_open && !pool_done;
        if (joined) {
            pool_markers++;
            m->arena = pool_arena;
            m->used = pool_used;
            m->pagemap = pool_pagemap;
            m->len = 0;
            m->shared = true;
            m->helper = true;
            m->busy_since = thread_cpu_ns();
        }
        pthread_mutex_unlock(&pool_lock);
        if (joined) {
            drain_marker(m);    /* counts its CPU time before its last idle, so before marking ends */
        }
    }
    return NULL;
}

/* Starts helpers up to GOMAXPROCS - 1 (at most MAX_MARKERS - 1); outside the stopped world, as pthread_create allocates. */
static void start_helpers(int procs) {
    int want = procs - 1 < MAX_MARKERS - 1 ? procs - 1 : MAX_MARKERS - 1;
    if (nhelpers == 0 && want > 0) {
        sem_init(&helpers_start, 0, 0);
    }
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);   /* helpers take no signals */
    while (nhelpers < want) {
        pthread_t t;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        bool ok = pthread_create(&t, &attr, helper_main, &helper_markers[nhelpers]) == 0;
        pthread_attr_destroy(&attr);
        if (!ok) {
            break;
        }
        nhelpers++;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

/* Drains the collecting thread's mark stack, with the helpers that join in time. */
static void drain_parallel(void) {
    if (nhelpers == 0) {
        drain();
        return;
    }
    pthread_mutex_lock(&pool_lock);
    pool_arena = marker.arena;
    pool_used = marker.used;
    pool_pagemap = marker.pagemap;
    pool_markers = 1;
    pool_idle = 0;
    pool_done = false;
    pool_open = true;
    pthread_mutex_unlock(&pool_lock);
    marker.shared = true;
    for (int i = 0; i < nhelpers; i++) {
        sem_post(&helpers_start);
    }
    drain();
    pthread_mutex_lock(&pool_lock);
    pool_open = false;
    pthread_mutex_unlock(&pool_lock);
    marker.shared = false;
}

static void mark_one(uintptr_t p) {
    Marker m = marker;
    mark_address(&m, p);
    marker = m;
}

static void scan_one(uintptr_t base) {
    Marker m = marker;
    scan_object(&m, base);
    marker = m;
}

/* The writable segments of the executable: its data and bss, where Go's globals are. */
typedef struct { uintptr_t lo, hi; } Range;
static Range globals[16];
static int nglobals;
static uint64_t globals_bytes, stacks_bytes;

static int find_globals(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    (void)data;
    for (int i = 0; i < info->dlpi_phnum && nglobals < 16; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W)) {
            uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
            globals[nglobals++] = (Range){lo, lo + ph->p_memsz};
            globals_bytes += ph->p_memsz;
        }
    }
    return 1;   /* the first object is the executable */
}

static void scan_stack(void *lo, void *hi, void *arg) {
    (void)arg;
    stacks_bytes += (uintptr_t)hi - (uintptr_t)lo;
    scan_conservative(lo, hi);
}

static void scan_record(void *lo, void *hi, void *arg) {
    (void)arg;
    scan_conservative(lo, hi);
}

/* ---- finalizers ---- */

typedef struct {
    void *obj;
    void *code;     /* the func value: code and context (ABI.md "Value representation") */
    void *ctx;
} Finalizer;

static Finalizer *finalizers, *ready;
static size_t nfinalizers, capfinalizers, nready, capready;

static void finalizer_append(Finalizer **list, size_t *n, size_t *cap, Finalizer f) {
    if (*n == *cap) {
        size_t c = *cap == 0 ? 16 : *cap * 2;
        *list = llgo_meta_grow(*list, *cap * sizeof(Finalizer), c * sizeof(Finalizer));
        *cap = c;
    }
    (*list)[(*n)++] = f;
}

static bool is_marked(uintptr_t p) {
    Span *s = llgo_heap_span_of(p);
    uintptr_t idx = s->state == SPAN_SMALL ? (p - s->start) / s->elemsize : 0;
    return llgo_bit(s->markbits, idx);
}

/*
 * After the roots: everything a finalizable object references is marked (not the object
 * itself), then each object left unmarked is marked for one more cycle and its finalizer
 * queued (gc's markrootSpans and the special-record sweep).
 */
static void mark_finalizers(void) {
    for (size_t i = 0; i < nready; i++) {
        mark_one((uintptr_t)ready[i].obj);
        mark_one((uintptr_t)ready[i].ctx);
    }
    for (size_t i = 0; i < nfinalizers; i++) {
        mark_one((uintptr_t)finalizers[i].ctx);
        Span *s = llgo_heap_span_of((uintptr_t)finalizers[i].obj);
        if (s != NULL && !s->noscan) {
            scan_one((uintptr_t)finalizers[i].obj);
        }
    }
    drain();
    size_t kept = 0;
    for (size_t i = 0; i < nfinalizers; i++) {
        Finalizer f = finalizers[i];
        if (is_marked((uintptr_t)f.obj)) {
            finalizers[kept++] = f;
        } else {
            finalizer_append(&ready, &nready, &capready, f);
            mark_one((uintptr_t)f.obj);
        }
    }
    nfinalizers = kept;
    drain();
}

/* ---- sweeping ---- */

static uint64_t sweep(void) {
    uint64_t marked = 0, frees = 0;
    memset(llgo_heap.partial, 0, sizeof llgo_heap.partial);
    Span *next;
    for (Span *s = llgo_heap.inuse; s != NULL; s = next) {
        next = s->next;
        size_t words = (s->nelems + 63) / 64;
        uint32_t nmarked = 0;
        for (size_t w = 0; w < words; w++) {
            nmarked += (uint32_t)__builtin_popcountll(s->markbits[w]);
        }
        uint32_t allocated = s->freeindex;
        for (uint32_t k = s->freeindex; k < s->nelems; k++) {
            allocated += llgo_bit(s->allocbits, k);
        }
        frees += allocated - nmarked;
        if (nmarked == 0) {
            llgo_heap_free_span(s);
            continue;
        }
        uint64_t *bits = s->allocbits;
        s->allocbits = s->markbits;
        s->markbits = bits;
        memset(bits, 0, words * sizeof(uint64_t));
        s->freeindex = 0;
        s->cacheend = 0;
        s->alloccache = 0;
        if (s->state == SPAN_LARGE) {
            s->freeindex = 1;
        }
        marked += (uint64_t)nmarked * s->elemsize;
        if (s->state == SPAN_SMALL && nmarked < s->nelems) {
            int sc = s->sizeclass * 2 + s->noscan;
            s->partialnext = llgo_heap.partial[sc];
            llgo_heap.partial[sc] = s;
        }
    }
    llgo_heap.nfree += frees;
    return marked;
}

/* ---- the collection ---- */

/* GOMAXPROCS, for the GC CPU fraction: at least 1 (a program without the scheduler has none). */
static int64_t gc_procs(void) {
    int64_t n = llgo_gomaxprocs(0);
    return n < 1 ? 1 : n;
}

/* Prints ns as gc's fmtNSAsMS: whole ms from 10 ms, else two significant digits, at most three decimals. */
static void print_ms(uint64_t ns) {
    char buf[32];
    uint64_t x;
    int dec;
    if (ns >= 10000000) {
        x = ns / 1000000;
        dec = 0;
    } else {
        x = ns / 1000;
        if (x == 0) {
            llgo_printcstr("0");
            return;
        }
        dec = 3;
        while (x >= 100) {
            x /= 10;
            dec--;
        }
    }
    int i = (int)sizeof buf;
    int digits = 0;
    do {
        buf[--i] = (char)('0' + x % 10);
        x /= 10;
        digits++;
        if (digits == dec) {
            buf[--i] = '.';
        }
    } while (x > 0 || digits <= dec);
    llgo_printstring((const uint8_t *)buf + i, (int64_t)sizeof buf - i);
}

/* The clock and the collecting thread's CPU time at the start of each phase (stop, mark, sweep) and at the end. */
typedef struct {
    uint64_t clock[4], cpu[4];
} Phases;

static void phase_begins(Phases *p, int i) {
    p->clock[i] = nanotime();
    p->cpu[i] = thread_cpu_ns();
}

static void print_trace(const Phases *ph, uint64_t helpers_cpu, uint64_t heap0, uint64_t heap2, uint64_t goal, bool forced) {
    uint64_t start = ph->clock[0];
    llgo_printlock();
    llgo_printcstr("gc ");
    llgo_printuint(num_gc);
    llgo_printcstr(" @");
    uint64_t ms = (start - start_ns) / 1000000;
    llgo_printuint(ms / 1000);
    llgo_printcstr(".");
    char frac[3] = {(char)('0' + ms % 1000 / 100), (char)('0' + ms % 100 / 10), (char)('0' + ms % 10)};
    llgo_printstring((const uint8_t *)frac, 3);
    llgo_printcstr("s ");
    uint64_t elapsed = ph->clock[3] - start_ns;
    uint64_t available = elapsed * (uint64_t)gc_procs();   /* gc's GC CPU fraction */
    llgo_printuint(available == 0 ? 0 : gc_cpu_ns * 100 / available);
    llgo_printcstr("%: ");
    print_ms(ph->clock[1] - ph->clock[0]);
    llgo_printcstr("+");
    print_ms(ph->clock[2] - ph->clock[1]);
    llgo_printcstr("+");
    print_ms(ph->clock[3] - ph->clock[2]);
    llgo_printcstr(" ms clock, ");
    print_ms(ph->cpu[1] - ph->cpu[0]);
    llgo_printcstr("+0/");
    print_ms(ph->cpu[2] - ph->cpu[1] + helpers_cpu);
    llgo_printcstr("/0+");
    print_ms(ph->cpu[3] - ph->cpu[2]);
    llgo_printcstr(" ms cpu, ");
    llgo_printuint(heap0 >> 20);
    llgo_printcstr("->");
    llgo_printuint(heap0 >> 20);
    llgo_printcstr("->");
    llgo_printuint(heap2 >> 20);
    llgo_printcstr(" MB, ");
    llgo_printuint(goal == UINT64_MAX ? 0 : goal >> 20);
    llgo_printcstr(" MB goal, ");
    llgo_printuint(stacks_bytes >> 20);
    llgo_printcstr(" MB stacks, ");
    llgo_printuint(globals_bytes >> 20);
    llgo_printcstr(" MB globals, ");
    llgo_printint(gc_procs());
    llgo_printcstr(" P");
    if (forced) {
        llgo_printcstr(" (forced)");
    }
    llgo_printcstr("\n");
    llgo_printunlock();
}

/*
 * Zeroes the stack below the caller's frame, where the collector's own frames are about
 * to go: stale pointers left there by earlier calls would otherwise sit in the collector's
 * uninitialised slots and be taken for roots (Boehm's GC_clear_stack).
 */
static __attribute__((noinline)) void clear_stack_below(void) {
    volatile uint64_t scratch[1024];
    for (size_t i = 0; i < 1024; i++) {
        scratch[i] = 0;
    }
}

static __attribute__((noinline)) void collect_now(bool forced);

static void collect(bool forced) {
    clear_stack_below();
    collect_now(forced);
}

static __attribute__((noinline)) void collect_now(bool forced) {
    llgo_heap_init();
    pthread_mutex_lock(&gc_lock);
    uint64_t goal = llgo_heap.nextgc;
    if (!forced && __atomic_load_n(&llgo_heap.live, __ATOMIC_RELAXED) < goal) {
        pthread_mutex_unlock(&gc_lock);
        return;     /* another thread collected meanwhile */
    }
    if (nglobals == 0) {
        dl_iterate_phdr(find_globals, NULL);    /* takes the loader's lock: not with the world stopped */
    }
    start_helpers((int)gc_procs());
    Phases ph;
    phase_begins(&ph, 0);
    llgo_gc_stop_world();
    llgo_heap_lock();
    llgo_heap_flush_caches();
    uint64_t heap0 = llgo_heap.live;
    phase_begins(&ph, 1);
    marker.arena = llgo_heap.arena;
    marker.used = llgo_heap.used;
    marker.pagemap = llgo_heap.pagemap;
    for (int i = 0; i < nglobals; i++) {
        scan_conservative((const void *)globals[i].lo, (const void *)globals[i].hi);
    }
    stacks_bytes = 0;
    llgo_gc_for_each_stack(scan_stack, NULL);
    llgo_gc_for_each_record(scan_record, NULL);
    drain_parallel();
    mark_finalizers();
    phase_begins(&ph, 2);
    llgo_heap.cycle++;
    uint64_t marked = sweep();
    llgo_heap.live = marked;
    if (gogc < 0) {
        llgo_heap.nextgc = UINT64_MAX;
    } else {
        uint64_t next = marked + marked / 100 * (uint64_t)gogc;
        uint64_t minimum = HEAP_MINIMUM * (uint64_t)gogc / 100;
        llgo_heap.nextgc = next < minimum ? minimum : next;
        uint64_t retain = llgo_heap.nextgc + llgo_heap.nextgc / 10;
        uint64_t inuse = llgo_heap.sys - llgo_heap.idle;
        llgo_heap_scavenge(retain > inuse ? retain - inuse : 0);
    }
    llgo_heap_unlock();
    llgo_gc_start_world();
    phase_begins(&ph, 3);
    uint64_t start = ph.clock[0], end = ph.clock[3];
    pause_ns[num_gc % 256] = end - start;
    last_gc_unix_ns = unixnano();
    pause_end[num_gc % 256] = last_gc_unix_ns;
    pause_total_ns += end - start;
    uint64_t helpers_cpu = __atomic_exchange_n(&helpers_cpu_ns, 0, __ATOMIC_RELAXED);
    __atomic_add_fetch(&gc_cpu_ns, ph.cpu[3] - ph.cpu[0] + helpers_cpu, __ATOMIC_RELAXED);
    num_gc++;
    if (forced) {
        num_forced_gc++;
    }
    if (gctrace > 0) {
        print_trace(&ph, helpers_cpu, heap0, marked, goal, forced);
    }
    pthread_mutex_unlock(&gc_lock);
}

void llgo_gc_maybe_collect(void) {
    collect(false);
}

/* ---- the entry points of ABI.md ---- */

bool llgo_runfinalizers(void) {
    bool ran = false;
    for (;;) {
        pthread_mutex_lock(&gc_lock);
        if (nready == 0) {
            pthread_mutex_unlock(&gc_lock);
            return ran;
        }
        Finalizer f = ready[--nready];
        pthread_mutex_unlock(&gc_lock);
        ((void (*)(void *, void *))f.code)(f.obj, f.ctx);
        ran = true;
    }
}

void llgo_gc(void) {
    collect(true);
    llgo_runfinalizers();
}

void llgo_setfinalizer(void *obj, void *code, void *ctx) {
    llgo_heap_init();
    pthread_mutex_lock(&gc_lock);
    llgo_heap_lock();
    Span *s = llgo_heap_span_of((uintptr_t)obj);
    bool base = s != NULL && (s->state == SPAN_LARGE ? (uintptr_t)obj == s->start
                                                      : ((uintptr_t)obj - s->start) % s->elemsize == 0);
    llgo_heap_unlock();
    if (s == NULL) {
        pthread_mutex_unlock(&gc_lock);
        return;     /* not a heap object (a global, a zero-size value): never finalized, as gc */
    }
    if (!base) {
        pthread_mutex_unlock(&gc_lock);
        llgo_fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");
    }
    size_t i = 0;
    while (i < nfinalizers && finalizers[i].obj != obj) {
        i++;
    }
    if (code == NULL) {
        if (i < nfinalizers) {
            finalizers[i] = finalizers[--nfinalizers];
        }
    } else if (i < nfinalizers) {
        pthread_mutex_unlock(&gc_lock);
        llgo_fatal("runtime.SetFinalizer: finalizer already set");
    } else {
        finalizer_append(&finalizers, &nfinalizers, &capfinalizers, (Finalizer){obj, code, ctx});
    }
    pthread_mutex_unlock(&gc_lock);
}

/* A volatile store the optimiser must perform with p in hand, then one that forgets it. */
static void *volatile keepalive_sink;

void llgo_keepalive(void *p) {
    keepalive_sink = p;
    keepalive_sink = NULL;
}

void llgo_readmemstats(LlgoMemStats *m) {
    llgo_heap_init();
    int64_t procs = gc_procs();    /* takes the scheduler lock, held while the world is stopped */
    pthread_mutex_lock(&gc_lock);
    llgo_gc_stop_world();
    llgo_heap_lock();
    llgo_heap_flush_caches();
    memset(m, 0, sizeof *m);
    uint64_t inuse = llgo_heap.sys - llgo_heap.idle;
    m->Alloc = m->HeapAlloc = llgo_heap.live;
    m->TotalAlloc = llgo_heap.totalalloc;
    m->Mallocs = llgo_heap.nmalloc;
    m->Frees = llgo_heap.nfree;
    m->HeapObjects = llgo_heap.nmalloc - llgo_heap.nfree;
    m->HeapSys = llgo_heap.sys;
    m->HeapIdle = llgo_heap.idle;
    m->HeapInuse = inuse;
    m->HeapReleased = llgo_heap.released;
    m->GCSys = llgo_heap.metabytes;
    m->Sys = llgo_heap.sys + llgo_heap.metabytes;
    m->NextGC = llgo_heap.nextgc == UINT64_MAX ? 0 : llgo_heap.nextgc;
    m->LastGC = last_gc_unix_ns;
    m->PauseTotalNs = pause_total_ns;
    memcpy(m->PauseNs, pause_ns, sizeof pause_ns);
    memcpy(m->PauseEnd, pause_end, sizeof pause_end);
    m->NumGC = num_gc;
    m->NumForcedGC = num_forced_gc;
    uint64_t elapsed = nanotime() - start_ns;
    double available = (double)elapsed * (double)procs;
    m->GCCPUFraction = available == 0 ? 0 : (double)gc_cpu_ns / available;
    m->EnableGC = true;
    for (int i = 0; i < 61; i++) {
        m->BySize[i].Size = llgo_class_size[i];
    }
    llgo_heap_unlock();
    llgo_gc_start_world();
    pthread_mutex_unlock(&gc_lock);
}
