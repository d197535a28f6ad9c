/*
 * iface.c: method tables and itabs built at run time (gc's go1.19 runtime/iface.go getitab
 * and itab.init, runtime/error.go TypeAssertionError.Error for the failure text). A type's
 * method table is the uncommon part that follows its kind-specific part (ABI.md "Method
 * tables"); an interface's methods are its interfacetype's mhdr. A method matches an
 * interface method as in gc's itab.init: equal names and func type offsets (descriptors are
 * unique in a linked program), and for an unexported name the same package path (the
 * name's own, else the type's or the interface's). Built itabs are cached
 * in a hash table keyed by (interface, type), as gc's itabTable, under a lock (goroutines run in parallel).
 */
#include <pthread.h>
#include <string.h>

#include "llgo.h"

static bool string_equal(GoString a, GoString b) {
    return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, (size_t)a.n) == 0);
}

static bool cstr_equal(GoString a, const char *s) {
    size_t n = strlen(s);
    return (size_t)a.n == n && memcmp(a.p, s, n) == 0;
}

/* The method's name, resolved. */
static const uint8_t *method_name(int32_t off) {
    return llgo_resolve_off(off);
}

const LlgoMethod *llgo_findmethod(const LlgoType *t, const char *name, const char *sig) {
    const LlgoUncommonType *u = llgo_uncommon(t);
    if (u == NULL) {
        return NULL;
    }
    const LlgoMethod *ms = llgo_methods(u);
    for (uint16_t i = 0; i < u->xcount; i++) {
        const LlgoMethod *m = &ms[i];
        if (m->mtyp != 0 && cstr_equal(llgo_name_string(method_name(m->name)), name)
                && cstr_equal(llgo_type_name((const LlgoType *)llgo_resolve_off(m->mtyp)), sig)) {
            return m;
        }
    }
    return NULL;
}

/* The package path an unexported method name of t belongs to (gc's itab.init: the name's own, else t's). */
static GoString method_pkgpath(const uint8_t *name, GoString typepkg) {
    GoString p = llgo_name_pkgpath(name);
    return p.n != 0 ? p : typepkg;
}

/* The method of type t (uncommon part u) matching interface method im of inter, or NULL (gc's itab.init). */
static const LlgoMethod *find_imethod(const LlgoUncommonType *u, const LlgoInterfaceType *inter, const LlgoIMethod *im) {
    if (u == NULL) {
        return NULL;
    }
    const uint8_t *iname = method_name(im->name);
    GoString in = llgo_name_string(iname);
    const LlgoMethod *ms = llgo_methods(u);
    for (uint16_t i = 0; i < u->mcount; i++) {
        const LlgoMethod *m = &ms[i];
        const uint8_t *tname = method_name(m->name);
        if (m->mtyp != im->typ || !string_equal(llgo_name_string(tname), in)) {
            continue;
        }
        if ((tname[0] & LLGO_NAME_EXPORTED) != 0) {
            return m;
        }
        GoString tp = method_pkgpath(tname, u->pkgpath == 0 ? (GoString){NULL, 0} : llgo_name_string(llgo_resolve_off(u->pkgpath)));
        GoString ip = method_pkgpath(iname, llgo_name_string(inter->pkgpath));
        if (string_equal(tp, ip)) {
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
        const LlgoMethod *m = find_imethod(u, inter, &inter->mhdr[k]);
        if (m == NULL) {
            if (canfail) {
                return NULL;
            }
            /* gc: TypeAssertionError{nil, type, inter, name} */
            llgo_panictypeassertion(NULL, type, &inter->typ, llgo_name_string(method_name(inter->mhdr[k].name)));
        }
        itab->fun[k] = (void *)llgo_resolve_off(m->ifn);
    }
    return cache_add(itab);
}
