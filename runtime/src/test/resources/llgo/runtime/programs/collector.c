/*
 * collector.c: the garbage collector's guarantees (ABI.md "Garbage collection"), which no
 * Go program can print yet (the runtime package is not importable): the case named by
 * argv[1] runs and prints one "property true|false" line per property it checks.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>

#include "program.h"

/* struct { next *Node; value int64 } */
static const uint8_t node_bits[] = {1};
static const LlgoType node_type = {.size = 16, .ptrdata = 8, .gcdata = node_bits, .align = 8, .kind = LLGO_KIND_STRUCT};
/* [2]int64 */
static const LlgoType pair_type = {.size = 16, .align = 8, .kind = LLGO_KIND_ARRAY};

typedef struct Node {
    struct Node *next;
    int64_t value;
} Node;

static void report(const char *property, bool holds) {
    begin(); pstr(lit(property)); sp(); llgo_printbool(holds); end();
}

static bool is(const char *name) {
    return strcmp(llgo_argv[1], name) == 0;
}

/* Globals are roots. */
static Node *list;
static void *ring[64];
static void *volatile interior;    /* volatile: only written, yet a root */
static int finalized[4];

static void note_finalized(void *obj, void *ctx) {
    (void)obj;
    finalized[(intptr_t)ctx]++;
}

/* 2 GB of garbage in objects of every size kind, 64 of them live at any time. */
static __attribute__((noinline)) void churn(uint64_t total) {
    static const uint64_t sizes[] = {8, 24, 100, 1000, 5000, 70000};
    uint64_t done = 0;
    for (uint64_t i = 0; done < total; i++) {
        uint64_t size = sizes[i % 6];
        uint64_t *p = (i & 1) ? llgo_alloc(size) : llgo_alloc_noscan(size);
        p[0] = i;
        ring[i % 64] = p;
        done += size;
    }
}

static __attribute__((noinline)) void build_list(int n) {
    for (int i = 0; i < n; i++) {
        Node *node = llgo_newobject(&node_type);
        node->next = list;
        node->value = i;
        list = node;
    }
}

static __attribute__((noinline)) bool list_intact(int n) {
    int64_t expect = n - 1;
    for (Node *node = list; node != NULL; node = node->next, expect--) {
        if (node->value != expect) {
            return false;
        }
    }
    return expect == -1;
}

/* An unreachable object (finalizer 0), one pointed at only from a noscan object (1), one pointed at from a global (2). */
static __attribute__((noinline)) void make_finalizable(void) {
    void *lost = llgo_newobject(&pair_type);
    llgo_setfinalizer(lost, (void *)note_finalized, (void *)0);
    void *hidden = llgo_newobject(&pair_type);
    llgo_setfinalizer(hidden, (void *)note_finalized, (void *)1);
    void **box = llgo_alloc_noscan(sizeof(void *));
    box[0] = hidden;
    ring[0] = box;
    Node *kept = llgo_newobject(&node_type);
    llgo_setfinalizer(kept, (void *)note_finalized, (void *)2);
    interior = &kept->value;
}

/*
 * libc's allocator, counted while collecting is set: the collector must not call it, since
 * it runs with the world stopped and a stopped thread may hold malloc's lock.
 */
extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t n);
extern void __libc_free(void *p);
static volatile bool collecting;
static uint64_t libc_calls;

static void count_libc_call(void) {
    if (collecting) {
        __atomic_add_fetch(&libc_calls, 1, __ATOMIC_RELAXED);
    }
}

void *malloc(size_t n) { count_libc_call(); return __libc_malloc(n); }
void *calloc(size_t n, size_t size) { count_libc_call(); return __libc_calloc(n, size); }
void *realloc(void *p, size_t n) { count_libc_call(); return __libc_realloc(p, n); }
void free(void *p) { count_libc_call(); __libc_free(p); }

LLGO_MAIN {
    if (is("bounded")) {
        churn((uint64_t)2 << 30);
        LlgoMemStats m;
        llgo_readmemstats(&m);
        report("collected", m.NumGC > 10 && m.Frees > 0 && m.Mallocs > m.Frees);
        report("heap-bounded", m.HeapSys < ((uint64_t)64 << 20));
        report("totalalloc", m.TotalAlloc >= ((uint64_t)2 << 30));
        bool intact = true;
        for (int i = 0; i < 64; i++) {
            intact &= ring[i] != NULL;
        }
        report("ring-intact", intact);
    }
    if (is("reachable")) {
        build_list(100000);
        for (int round = 0; round < 5; round++) {
            churn((uint64_t)64 << 20);
            llgo_gc();
        }
        report("list-intact", list_intact(100000));
        list = NULL;
        llgo_gc();
        LlgoMemStats m;
        llgo_readmemstats(&m);
        report("list-freed", m.HeapAlloc < ((uint64_t)1 << 20) * 2);
    }
    if (is("finalizers")) {
        make_finalizable();
        llgo_gc();
        report("unreachable-finalized", finalized[0] == 1);
        report("noscan-does-not-retain", finalized[1] == 1);
        report("interior-pointer-retains", finalized[2] == 0);
        interior = NULL;
        llgo_gc();
        llgo_gc();
        report("finalized-once", finalized[0] == 1 && finalized[1] == 1 && finalized[2] == 1);
    }
    if (is("gogc-off")) {
        setenv("GOGC", "off", 1);
        churn((uint64_t)64 << 20);
        LlgoMemStats m;
        llgo_readmemstats(&m);
        report("no-collection", m.NumGC == 0 && m.NextGC == 0);
        llgo_gc();
        llgo_readmemstats(&m);
        report("forced-collection", m.NumGC == 1 && m.NumForcedGC == 1);
    }
    if (is("released")) {
        for (int i = 0; i < 64; i++) {
            ring[i] = llgo_alloc_noscan((uint64_t)4 << 20);
        }
        memset(ring, 0, sizeof ring);
        llgo_gc();
        llgo_gc();
        llgo_gc();
        LlgoMemStats m;
        llgo_readmemstats(&m);
        report("released", m.HeapReleased >= ((uint64_t)200 << 20) && m.HeapIdle >= m.HeapReleased);
        report("pauses", m.PauseTotalNs > 0 && m.PauseNs[0] > 0 && m.LastGC > 0);
    }
    if (is("no-malloc")) {
        build_list(100000);
        for (int i = 0; i < 1000; i++) {
            llgo_setfinalizer(llgo_newobject(&pair_type), (void *)note_finalized, (void *)0);
        }
        churn((uint64_t)64 << 20);
        ring[1] = llgo_alloc_noscan((uint64_t)64 << 20);  /* a large object's bitmaps freed below */
        ring[1] = NULL;
        list = NULL;
        collecting = true;
        llgo_gc();
        collecting = false;
        report("collected", finalized[0] == 1000);
        report("no-libc-allocation", libc_calls == 0);
    }
    if (is("gctrace")) {
        setenv("GODEBUG", "gctrace=1", 1);
        churn((uint64_t)16 << 20);
        llgo_gc();
    }
}
