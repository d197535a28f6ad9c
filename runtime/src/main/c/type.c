/*
 * type.c: reading type descriptors (ABI.md "Type descriptors", "Method tables"): gc's go1.19
 * encoded names (reflect/type.go name: a flag byte, a varint length, the bytes, then an
 * optional varint-prefixed tag and an optional 4-byte nameOff of a package path), the
 * offsets (nameOff, typeOff, textOff) that resolve against llgo_types, the base word this
 * file defines in the section llgo_types where codegen puts every descriptor, and the
 * uncommon part that follows a descriptor's kind-specific part.
 */
#include <string.h>

#include "llgo.h"

/* The base of every offset. It holds a pointer (its own address) so that, like every global
   codegen puts in llgo_types, it has a relocation: the section then has one set of flags
   (TypeDescriptors.SECTION). */
const void *const llgo_types_base __asm__("llgo.types") __attribute__((section("llgo_types"), used)) = &llgo_types_base;

/* gc's readVarint: the value at p; *len gets the number of bytes read. */
static int64_t read_varint(const uint8_t *p, int *len) {
    int64_t v = 0;
    for (int i = 0;; i++) {
        v |= (int64_t)(p[i] & 0x7f) << (7 * i);
        if ((p[i] & 0x80) == 0) {
            *len = i + 1;
            return v;
        }
    }
}

GoString llgo_name_string(const uint8_t *name) {
    if (name == NULL) {
        return (GoString){NULL, 0};
    }
    int k;
    int64_t n = read_varint(name + 1, &k);
    return (GoString){name + 1 + k, n};
}

GoString llgo_name_pkgpath(const uint8_t *name) {
    if (name == NULL || (name[0] & LLGO_NAME_HAS_PKGPATH) == 0) {
        return (GoString){NULL, 0};
    }
    int k;
    int64_t off = 1 + (int64_t)0;
    int64_t n = read_varint(name + off, &k);
    off += k + n;
    if ((name[0] & LLGO_NAME_HAS_TAG) != 0) {
        n = read_varint(name + off, &k);
        off += k + n;
    }
    int32_t pkg;
    memcpy(&pkg, name + off, sizeof pkg);     /* not aligned */
    return llgo_name_string(llgo_resolve_off(pkg));
}

GoString llgo_type_name(const LlgoType *t) {
    GoString s = llgo_name_string(llgo_resolve_off(t->str));
    if ((t->tflag & LLGO_TFLAG_EXTRA_STAR) != 0 && s.n > 0) {
        s.p++;
        s.n--;
    }
    return s;
}

/* The size of the kind-specific struct (the header included) that the uncommon part follows. */
static size_t kind_struct_size(uint8_t kind) {
    switch (kind & LLGO_KIND_MASK) {
    case LLGO_KIND_POINTER: return sizeof(LlgoPtrType);
    case LLGO_KIND_SLICE: return sizeof(LlgoSliceType);
    case LLGO_KIND_ARRAY: return sizeof(LlgoArrayType);
    case LLGO_KIND_CHAN: return sizeof(LlgoChanType);
    case LLGO_KIND_FUNC: return sizeof(LlgoFuncType);
    case LLGO_KIND_MAP: return sizeof(LlgoMapType);
    case LLGO_KIND_INTERFACE: return sizeof(LlgoInterfaceType);
    case LLGO_KIND_STRUCT: return sizeof(LlgoStructType);
    default: return sizeof(LlgoType);
    }
}

const LlgoUncommonType *llgo_uncommon(const LlgoType *t) {
    if ((t->tflag & LLGO_TFLAG_UNCOMMON) == 0) {
        return NULL;
    }
    return (const LlgoUncommonType *)((const uint8_t *)t + kind_struct_size(t->kind));
}
