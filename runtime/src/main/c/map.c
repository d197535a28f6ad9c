/*
 * map.c: Go maps (Go spec "Map types", "Index expressions", "Deletion of map elements",
 * "For statements with range clause"; ABI.md "maps"), with gc's go1.19 semantics
 * (runtime/map.go) but not its bucket layout. A map is a compact insertion-ordered entry
 * array plus an open-addressing index of entry numbers (the layout of CPython's compact
 * dict): each entry holds the key's hash, an insertion sequence number with a deleted bit,
 * then the key and the element inline at offsets computed from the map type's key and
 * elem descriptors. Lookup probes the index linearly (load factor at most 1/2); delete
 * marks the entry; when the entry array is full it is rebuilt, dropping deleted entries,
 * at double the capacity unless at most half of it was live (amortised O(1)). Iteration
 * walks the entry array in order, so entries deleted before they are reached are not
 * produced, and entries added during iteration are not (the iterator stops at the sequence
 * number the map had reached when it started, so such a loop always ends); a rebuild bumps the map's epoch, and an
 * iterator that sees a new epoch finds its place again by binary search on the sequence
 * numbers, which stay ordered. Hashing follows gc's runtime/alg.go (memhash, strhash,
 * f32hash, f64hash, c64hash, c128hash, interhash, nilinterhash) with a per-map random seed.
 */
#include <string.h>
#include <time.h>

#include "llgo.h"

/* gc's maptype.flags bits (runtime/type.go). */
enum {
    MAP_NEED_KEY_UPDATE = 8,
    MAP_HASH_MIGHT_PANIC = 16
};

enum { SEQ_DELETED = (uint64_t)1 << 63 };

typedef struct {
    uint64_t hash;
    uint64_t seq;      /* insertion number, from 1; bit 63 set once deleted */
} EntryHeader;

typedef struct LlgoMap {
    int64_t count;        /* live entries: len(m), at offset 0 as gc's hmap.count */
    int64_t used;         /* entries written to the entry array, live or deleted */
    int64_t capacity;     /* entries the entry array holds */
    uint64_t mask;        /* index slots - 1 (a power of two minus one) */
    uint32_t *index;      /* entry number + 1 per slot; 0 = empty */
    uint8_t *entries;
    uint64_t seed;
    uint64_t nextseq;
    uint64_t epoch;       /* incremented by every rebuild */
    int64_t entrysize, keyoff, elemoff;
    bool scan;            /* keys or elements hold pointers: the entry array is scanned (conservatively) */
} LlgoMap;

/* ------------------------------------------------------------------ random numbers and hashing */

/* gc's fastrand role: 64 bits from the running thread's random state (sched.c). */
static uint64_t fastrand(void) {
    return ((uint64_t)llgo_fastrand() << 32) | llgo_fastrand();
}

static uint64_t mix(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

enum { M1 = 0xa0761d6478bd642fu, M2 = 0xe7037ed1a0b428dbu, M3 = 0x8ebc6af09c88c6e3u };

uintptr_t llgo_memhash(const void *p, uintptr_t seed, uintptr_t size) {
    const uint8_t *b = p;
    uint64_t h = seed ^ M1 ^ size;
    while (size >= 8) {
        uint64_t w;
        memcpy(&w, b, 8);
        h = mix(h ^ w, M2);
        b += 8;
        size -= 8;
    }
    if (size > 0) {
        uint64_t w = 0;
        memcpy(&w, b, size);
        h = mix(h ^ w ^ ((uint64_t)size << 56), M3);
    }
    return mix(h, M1 ^ M2);
}

uintptr_t llgo_strhash(const void *p, uintptr_t seed) {
    const GoString *s = p;
    return llgo_memhash(s->p, seed, (uintptr_t)s->n);
}

/* +0 and -0 hash alike; every NaN hashes to a fresh random value, as in gc's f64hash. */
uintptr_t llgo_f64hash(const void *p, uintptr_t seed) {
    double f = *(const double *)p;
    if (f == 0) {
        return llgo_memhash(&(uint64_t){0}, seed, 8);
    }
    if (f != f) {
        return llgo_memhash(&(uint64_t){fastrand()}, seed, 8);
    }
    return llgo_memhash(p, seed, 8);
}

uintptr_t llgo_f32hash(const void *p, uintptr_t seed) {
    float f = *(const float *)p;
    if (f == 0) {
        return llgo_memhash(&(uint32_t){0}, seed, 4);
    }
    if (f != f) {
        return llgo_memhash(&(uint64_t){fastrand()}, seed, 8);
    }
    return llgo_memhash(p, seed, 4);
}

uintptr_t llgo_c64hash(const void *p, uintptr_t seed) {
    const float *c = p;
    return llgo_f32hash(&c[1], llgo_f32hash(&c[0], seed));
}

uintptr_t llgo_c128hash(const void *p, uintptr_t seed) {
    const double *c = p;
    return llgo_f64hash(&c[1], llgo_f64hash(&c[0], seed));
}

/* "runtime error: hash of unhashable type T". */
_Noreturn static void panic_unhashable(const LlgoType *t) {
    static const char prefix[] = "hash of unhashable type ";
    GoString name = llgo_type_name(t);
    char *msg = llgo_alloc_noscan(sizeof prefix + (uint64_t)name.n);
    memcpy(msg, prefix, sizeof prefix - 1);
    memcpy(msg + sizeof prefix - 1, name.p, (size_t)name.n);
    llgo_panicruntime(msg);
}

uintptr_t llgo_typehash(const LlgoType *t, const void *p, uintptr_t seed) {
    if ((t->tflag & LLGO_TFLAG_REGULAR_MEMORY) != 0) {
        return llgo_memhash(p, seed, t->size);
    }
    switch (t->kind & LLGO_KIND_MASK) {
    case LLGO_KIND_FLOAT32: return llgo_f32hash(p, seed);
    case LLGO_KIND_FLOAT64: return llgo_f64hash(p, seed);
    case LLGO_KIND_COMPLEX64: return llgo_c64hash(p, seed);
    case LLGO_KIND_COMPLEX128: return llgo_c128hash(p, seed);
    case LLGO_KIND_STRING: return llgo_strhash(p, seed);
    case LLGO_KIND_INTERFACE:
        return ((const LlgoInterfaceType *)t)->mlen == 0 ? llgo_nilinterhash(p, seed) : llgo_interhash(p, seed);
    case LLGO_KIND_ARRAY: {
        const LlgoArrayType *a = (const LlgoArrayType *)t;
        for (uintptr_t i = 0; i < a->len; i++) {
            seed = llgo_typehash(a->elem, (const uint8_t *)p + i * a->elem->size, seed);
        }
        return seed;
    }
    case LLGO_KIND_STRUCT: {
        const LlgoStructType *s = (const LlgoStructType *)t;
        for (int64_t i = 0; i < s->nfields; i++) {
            const LlgoStructField *f = &s->fields[i];
            GoString name = llgo_name_string(f->name);
            if (name.n == 1 && name.p[0] == '_') {
                continue;
            }
            seed = llgo_typehash(f->typ, (const uint8_t *)p + f->offset, seed);
        }
        return seed;
    }
    default:
        /* gc: maps, funcs, slices; also a C descriptor without a Go layout reaches here only when uncomparable */
        panic_unhashable(t);
    }
}

/* A dynamic value (type, data word): hashed as gc's nilinterhash does, by typehash of the value. */
static uintptr_t dynamic_hash(const LlgoType *t, void *const *data, uintptr_t seed) {
    if (t == NULL) {
        return mix(seed ^ M1, M2);
    }
    if (t->equal.code == NULL) {
        panic_unhashable(t);
    }
    const void *value = (t->kind & LLGO_KIND_DIRECT_IFACE) != 0 ? (const void *)data : *data;
    return llgo_typehash(t, value, seed ^ t->hash);
}

uintptr_t llgo_nilinterhash(const void *p, uintptr_t seed) {
    void *const *words = p;
    return dynamic_hash(words[0], &words[1], seed);
}

uintptr_t llgo_interhash(const void *p, uintptr_t seed) {
    void *const *words = p;
    const LlgoType *t = words[0] == NULL ? NULL : ((const LlgoType *const *)words[0])[1];   /* itab._type */
    return dynamic_hash(t, &words[1], seed);
}

/* ------------------------------------------------------------------ the table */

static int64_t align_up(int64_t x, int64_t a) {
    return (x + a - 1) & -a;
}

static void *entry_at(const LlgoMap *m, int64_t i) {
    return m->entries + i * m->entrysize;
}

static EntryHeader *header_at(const LlgoMap *m, int64_t i) {
    return entry_at(m, i);
}

/* Allocates room for capacity entries and an index of at least 2 * capacity slots. */
static void allocate(LlgoMap *m, int64_t capacity) {
    uint64_t slots = 16;
    while (slots < 2 * (uint64_t)capacity) {
        slots <<= 1;
    }
    if (capacity > (int64_t)1 << 31 || (uint64_t)capacity > UINT64_MAX / (uint64_t)m->entrysize) {
        llgo_fatal("runtime: out of memory");
    }
    m->capacity = capacity;
    m->mask = slots - 1;
    m->index = llgo_alloc_noscan(slots * sizeof(uint32_t));
    uint64_t bytes = (uint64_t)capacity * (uint64_t)m->entrysize;
    m->entries = m->scan ? llgo_alloc(bytes) : llgo_alloc_noscan(bytes);
    m->used = 0;
}

static void index_insert(LlgoMap *m, uint64_t hash, int64_t i) {
    uint64_t slot = hash & m->mask;
    while (m->index[slot] != 0) {
        slot = (slot + 1) & m->mask;
    }
    m->index[slot] = (uint32_t)(i + 1);
}

/* Moves the live entries to fresh arrays of the given capacity, in order. */
static void rebuild(LlgoMap *m, int64_t capacity) {
    uint8_t *old = m->entries;
    int64_t oldused = m->used;
    allocate(m, capacity);
    for (int64_t i = 0; i < oldused; i++) {
        const EntryHeader *h = (const EntryHeader *)(old + i * m->entrysize);
        if ((h->seq & SEQ_DELETED) != 0) {
            continue;
        }
        memcpy(entry_at(m, m->used), h, (size_t)m->entrysize);
        index_insert(m, h->hash, m->used);
        m->used++;
    }
    m->epoch++;
}

void *llgo_makemap(const LlgoMapType *t, int64_t hint) {
    LlgoMap *m = llgo_alloc(sizeof(LlgoMap));
    const LlgoType *k = t->key, *e = t->elem;
    m->keyoff = align_up((int64_t)sizeof(EntryHeader), k->align);
    m->elemoff = align_up(m->keyoff + (int64_t)k->size, e->align);
    m->entrysize = align_up(m->elemoff + (int64_t)e->size, 8);
    m->scan = k->ptrdata != 0 || e->ptrdata != 0;
    m->seed = fastrand();
    m->nextseq = 1;
    allocate(m, hint > 8 ? hint : 8);
    return m;
}

/* The entry number holding key (whose hash is hash), or -1. */
static int64_t find(const LlgoMap *m, const LlgoMapType *t, const void *key, uint64_t hash) {
    for (uint64_t slot = hash & m->mask;; slot = (slot + 1) & m->mask) {
        uint32_t n = m->index[slot];
        if (n == 0) {
            return -1;
        }
        const EntryHeader *h = header_at(m, n - 1);
        if (h->hash == hash && (h->seq & SEQ_DELETED) == 0
                && llgo_call_equal(t->key, key, (uint8_t *)entry_at(m, n - 1) + m->keyoff)) {
            return n - 1;
        }
    }
}

void *llgo_mapaccess(const LlgoMapType *t, void *map, const void *key) {
    LlgoMap *m = map;
    if (m == NULL || m->count == 0) {
        if ((t->flags & MAP_HASH_MIGHT_PANIC) != 0) {
            llgo_call_hasher(t, key, 0);      /* gc panics for an unhashable key even here */
        }
        return NULL;
    }
    int64_t i = find(m, t, key, llgo_call_hasher(t, key, m->seed));
    return i < 0 ? NULL : (uint8_t *)entry_at(m, i) + m->elemoff;
}

void *llgo_mapassign(const LlgoMapType *t, void *map, const void *key) {
    LlgoMap *m = map;
    if (m == NULL) {
        llgo_panicplain("assignment to entry in nil map");
    }
    uint64_t hash = llgo_call_hasher(t, key, m->seed);
    int64_t i = find(m, t, key, hash);
    if (i >= 0) {
        if ((t->flags & MAP_NEED_KEY_UPDATE) != 0) {
            memcpy((uint8_t *)entry_at(m, i) + m->keyoff, key, t->key->size);
        }
        return (uint8_t *)entry_at(m, i) + m->elemoff;
    }
    if (m->used == m->capacity) {
        rebuild(m, m->count <= m->capacity / 2 ? m->capacity : 2 * m->capacity);
    }
    i = m->used++;
    uint8_t *e = entry_at(m, i);
    EntryHeader *h = (EntryHeader *)e;
    h->hash = hash;
    h->seq = m->nextseq++;
    memcpy(e + m->keyoff, key, t->key->size);
    memset(e + m->elemoff, 0, t->elem->size);
    index_insert(m, hash, i);
    m->count++;
    return e + m->elemoff;
}

void llgo_mapdelete(const LlgoMapType *t, void *map, const void *key) {
    LlgoMap *m = map;
    if (m == NULL || m->count == 0) {
        if ((t->flags & MAP_HASH_MIGHT_PANIC) != 0) {
            llgo_call_hasher(t, key, 0);
        }
        return;
    }
    int64_t i = find(m, t, key, llgo_call_hasher(t, key, m->seed));
    if (i < 0) {
        return;
    }
    header_at(m, i)->seq |= SEQ_DELETED;
    m->count--;
    if (m->count == 0) {
        /* an empty map starts afresh: cheap, and keeps a drained map from filling with dead entries */
        memset(m->index, 0, (m->mask + 1) * sizeof(uint32_t));
        m->used = 0;
        m->epoch++;
    }
}

int64_t llgo_maplen(void *map) {
    return map == NULL ? 0 : ((LlgoMap *)map)->count;
}

/* ------------------------------------------------------------------ iteration */

void llgo_mapiterinit(const LlgoMapType *t, void *map, LlgoMapIter *it) {
    (void)t;
    LlgoMap *m = map;
    it->map = m;
    it->pos = 0;
    it->epoch = m == NULL ? 0 : m->epoch;
    it->lastseq = 0;
    it->limit = m == NULL ? 0 : m->nextseq;
    it->key = NULL;
    it->elem = NULL;
}

/* The first entry number whose sequence number is above seq (entries are in seq order). */
static int64_t first_after(const LlgoMap *m, uint64_t seq) {
    int64_t lo = 0, hi = m->used;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if ((header_at(m, mid)->seq & ~SEQ_DELETED) <= seq) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

bool llgo_mapiternext(LlgoMapIter *it) {
    LlgoMap *m = it->map;
    if (m == NULL) {
        return false;
    }
    if (it->epoch != m->epoch) {
        it->pos = first_after(m, it->lastseq);
        it->epoch = m->epoch;
    }
    while (it->pos < m->used) {
        int64_t i = it->pos++;
        EntryHeader *h = header_at(m, i);
        if ((h->seq & ~SEQ_DELETED) >= it->limit) {
            break;
        }
        if ((h->seq & SEQ_DELETED) != 0) {
            continue;
        }
        it->lastseq = h->seq;
        it->key = (uint8_t *)h + m->keyoff;
        it->elem = (uint8_t *)h + m->elemoff;
        return true;
    }
    return false;
}
