/*
 * iface.c: method tables and itabs built at run time (gc's go1.19 runtime/iface.go getitab
 * and itab.init, runtime/error.go TypeAssertionError.Error for the failure text). A type's
 * method table is the uncommon part that follows its kind-specific part (ABI.md "Method
 * tables"); an interface's methods are its interfacetype's mhdr. A method matches an
 * interface method when the names, the package paths of unexported names and the func type
 * descriptors are equal (descriptors are unique in a linked program). Built itabs are cached
 * in a hash table keyed by (interface, type), as gc's itabTable, under a lock (goroutines run in parallel).
 */
#include <pthread.h>
#include <string.h>

#include "llgo.h"

/* Size of the kind-specific part that follows the header (ABI.md "Type descriptors"). */
static size_t kind_part_size(uint8_t kind) {
    switch (kind & LLGO_KIND_MASK) {
    case LLGO_KIND_POINTER:
    case LLGO_KIND_SLICE: return 8;
    case LLGO_KIND_ARRAY: return 24;
    case LLGO_KIND_CHAN: return 16;
    case LLGO_KIND_MAP: return 40;
    case LLGO_KIND_INTERFACE: return 32;
    default: return 0;
    }
}

const LlgoUncommonType *llgo_uncommon(const LlgoType *t) {
    if ((t->tflag & LLGO_TFLAG_UNCOMMON) == 0) {
        return NULL;
    }
    return (const LlgoUncommonType *)((const uint8_t *)t + sizeof(LlgoType) + kind_part_size(t->kind));
}

static bool string_equal(GoString a, GoString b) {
    return a.n == b.n && memcmp(a.p, b.p, (size_t)a.n) == 0;
}

static bool cstr_equal(GoString a, const char *s) {
    size_t n = strlen(s);
    return (size_t)a.n == n && memcmp(a.p, s, n) == 0;
}

static bool same_pkgpath(const GoString *a, const GoString *b) {
    if (a == NULL || b == NULL) {
        return a == b;
    }
    return string_equal(*a, *b);
}

const LlgoMethod *llgo_findmethod(const LlgoType *t, const char *name, const char *sig) {
    const LlgoUncommonType *u = llgo_uncommon(t);
    if (u == NULL) {
        return NULL;
    }
    for (uint16_t i = 0; i < u->mcount; i++) {
        const LlgoMethod *m = &u->methods[i];
        if (m->pkgpath == NULL && cstr_equal(m->name, name) && cstr_equal(llgo_type_name(m->mtyp), sig)) {
            return m;
        }
    }
    return NULL;
}

/* The method of u matching im, or NULL. */
static const LlgoMethod *find_imethod(const LlgoUncommonType *u, const LlgoIMethod *im) {
    if (u == NULL) {
        return NULL;
    }
    for (uint16_t i = 0; i < u->mcount; i++) {
        const LlgoMethod *m = &u->methods[i];
        if (m->mtyp == im->typ && string_equal(m->name, im->name) && same_pkgpath(m->pkgpath, im->pkgpath)) {
            return m;
        }
    }
    return NULL;
}

/* The itab cache: open addressing on (inter, type), grown at half load, under cache_lock. */
static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static LlgoItab **cache;
static size_t cache_size, cache_count;

static size_t cache_slot(LlgoItab **table, size_t size, const LlgoInterfaceType *inter, const LlgoType *type) {
    size_t h = ((uintptr_t)inter >> 3) * 31 + ((uintptr_t)type >> 3);
    size_t i = h & (size - 1);
    while (table[i] != NULL && (table[i]->inter != inter || table[i]->type != type)) {
        i = (i + 1) & (size - 1);
    }
    return i;
}

static LlgoItab *cache_find(const LlgoInterfaceType *inter, const LlgoType *type) {
    return cache_size == 0 ? NULL : cache[cache_slot(cache, cache_size, inter, type)];
}

/* Adds itab unless another thread added the same pair first; returns the cached one. */
static LlgoItab *cache_add(LlgoItab *itab) {
    pthread_mutex_lock(&cache_lock);
    LlgoItab *old = cache_find(itab->inter, itab->type);
    while (old == NULL && 2 * (cache_count + 1) > cache_size) {
        size_t size = cache_size == 0 ? 64 : 2 * cache_size;
        pthread_mutex_unlock(&cache_lock);
        LlgoItab **table = llgo_alloc(size * sizeof(LlgoItab *));
        pthread_mutex_lock(&cache_lock);
        old = cache_find(itab->inter, itab->type);
        if (old != NULL || size <= cache_size) {
            continue;    /* another thread added it or grew the table meanwhile */
        }
        for (size_t i = 0; i < cache_size; i++) {
            if (cache[i] != NULL) {
                table[cache_slot(table, size, cache[i]->inter, cache[i]->type)] = cache[i];
            }
        }
        cache = table;
        cache_size = size;
        old = cache_find(itab->inter, itab->type);
    }
    if (old == NULL) {
        cache[cache_slot(cache, cache_size, itab->inter, itab->type)] = itab;
        cache_count++;
        old = itab;
    }
    pthread_mutex_unlock(&cache_lock);
    return old;
}

void *llgo_getitab(const LlgoInterfaceType *inter, const LlgoType *type, bool canfail) {
    if (type == NULL) {
        if (canfail) {
            return NULL;
        }
        /* gc: TypeAssertionError{nil, nil, inter, ""} */
        llgo_panictypeassertion(NULL, NULL, &inter->typ, (GoString){NULL, 0});
    }
    pthread_mutex_lock(&cache_lock);
    LlgoItab *hit = cache_find(inter, type);
    pthread_mutex_unlock(&cache_lock);
    if (hit != NULL) {
        return hit;
    }
    const LlgoUncommonType *u = llgo_uncommon(type);
    LlgoItab *itab = llgo_alloc(sizeof(LlgoItab) + (size_t)inter->mlen * sizeof(void *));
    itab->inter = inter;
    itab->type = type;
    itab->hash = type->hash;
    for (int64_t k = 0; k < inter->mlen; k++) {
        const LlgoMethod *m = find_imethod(u, &inter->mhdr[k]);
        if (m == NULL) {
            if (canfail) {
                return NULL;
            }
            /* gc: TypeAssertionError{nil, type, inter, name} */
            llgo_panictypeassertion(NULL, type, &inter->typ, inter->mhdr[k].name);
        }
        itab->fun[k] = m->ifn;
    }
    return cache_add(itab);
}
