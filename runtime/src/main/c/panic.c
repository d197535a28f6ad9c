/*
 * panic.c: panics and run-time errors with gc's go1.19 text (runtime/panic.go
 * printpanics, runtime/error.go printany/printanycustomtype and boundsError). A panic
 * prints "panic: " and the value, then the goroutine header "\n\ngoroutine N [running]:\n"
 * and gc's stack trace of it (traceback.c) and exits with status 2, unless a
 * deferred call recovers it (defer.c). A run-time error panics with a value as gc's does:
 * its dynamic type is one of the runtime's own descriptors named as gc's types
 * (runtime.errorString, runtime.boundsError, runtime.plainError) and its data points to the
 * GoString that its Error method returns. Other error and Stringer values are printed
 * through their methods, found in the dynamic type's method table (iface.c).
 */
#include <stdlib.h>
#include <string.h>

#include "llgo.h"

_Noreturn void llgo_exitpanicking(void) {
    llgo_printcstr("\ngoroutine ");
    llgo_printint(llgo_goid());
    llgo_printcstr(" [running]:\n");
    llgo_printtraceback();
    exit(2);
}

_Noreturn void llgo_fatal(const char *msg) {
    llgo_printcstr("fatal error: ");
    llgo_printcstr(msg);
    llgo_printcstr("\n");
    llgo_exitpanicking();
}

/* The text of a run-time error, built piece by piece. */
typedef struct {
    char buf[160];
    size_t n;
} Message;

static void append_cstr(Message *m, const char *s) {
    while (*s != '\0' && m->n < sizeof m->buf) {
        m->buf[m->n++] = *s++;
    }
}

static void append_uint(Message *m, uint64_t v) {
    char digits[24];
    int i = sizeof digits;
    digits[--i] = '\0';
    do {
        digits[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    append_cstr(m, digits + i);
}

static void append_int(Message *m, int64_t v) {
    if (v < 0) {
        append_cstr(m, "-");
        append_uint(m, 0 - (uint64_t)v);
        return;
    }
    append_uint(m, (uint64_t)v);
}

/* Panics with a run-time error of the given type whose Error() is the message. */
_Noreturn static void panic_error(LlgoErrorKind kind, const Message *m, const char *trailer) {
    uint8_t *text = llgo_alloc_noscan(m->n);
    memcpy(text, m->buf, m->n);
    GoString *value = llgo_alloc(sizeof(GoString));
    value->p = text;
    value->n = (int64_t)m->n;
    llgo_gopanic((void *)llgo_errortype(kind), value, trailer);
}

_Noreturn static void panic_runtime_error(const char *msg, const char *trailer) {
    Message m = {.n = 0};
    append_cstr(&m, "runtime error: ");
    append_cstr(&m, msg);
    panic_error(LLGO_ERROR_STRING, &m, trailer);
}

_Noreturn void llgo_panicruntime(const char *msg) {
    panic_runtime_error(msg, NULL);
}

/* gc's plainError run-time errors (e.g. "assignment to entry in nil map"): no "runtime error: " prefix. */
_Noreturn void llgo_panicplain(const char *msg) {
    Message m = {.n = 0};
    append_cstr(&m, msg);
    panic_error(LLGO_ERROR_PLAIN, &m, NULL);
}

static GoString concat(GoString a, GoString b) {
    return llgo_concatstring2(a.p, a.n, b.p, b.n);
}

static GoString cstr(const char *s) {
    return (GoString){(const uint8_t *)s, (int64_t)strlen(s)};
}

/* The package path of t's uncommon part (gc's rtype.pkgpath; empty without one). */
static GoString type_pkgpath(const LlgoType *t) {
    const LlgoUncommonType *u = llgo_uncommon(t);
    return u == NULL || u->pkgpath == 0 ? (GoString){NULL, 0} : llgo_name_string(llgo_resolve_off(u->pkgpath));
}

/* gc's TypeAssertionError.Error. */
static GoString type_assertion_text(const LlgoTypeAssertionError *e) {
    GoString inter = e->interface_type != NULL ? llgo_type_name(e->interface_type) : cstr("interface");
    GoString as = llgo_type_name(e->asserted);
    if (e->concrete == NULL) {
        return concat(concat(concat(cstr("interface conversion: "), inter), cstr(" is nil, not ")), as);
    }
    GoString cs = llgo_type_name(e->concrete);
    if (e->missing_method.n == 0) {
        GoString msg = concat(concat(cstr("interface conversion: "), inter), cstr(" is "));
        msg = concat(concat(concat(msg, cs), cstr(", not ")), as);
        if (llgo_eqstring(cs.p, cs.n, as.p, as.n)) {
            GoString cp = type_pkgpath(e->concrete), ap = type_pkgpath(e->asserted);
            bool same = llgo_eqstring(cp.p, cp.n, ap.p, ap.n);
            msg = concat(msg, cstr(same ? " (types from different scopes)" : " (types from different packages)"));
        }
        return msg;
    }
    GoString msg = concat(concat(concat(cstr("interface conversion: "), cs), cstr(" is not ")), as);
    return concat(concat(msg, cstr(": missing method ")), e->missing_method);
}

_Noreturn void llgo_panictypeassertion(const LlgoType *iface, const LlgoType *concrete, const LlgoType *asserted, GoString missing) {
    LlgoTypeAssertionError *e = llgo_alloc(sizeof(LlgoTypeAssertionError));
    e->interface_type = iface;
    e->concrete = concrete;
    e->asserted = asserted;
    e->missing_method = missing;
    e->text = type_assertion_text(e);
    llgo_gopanic((void *)llgo_errortype(LLGO_ERROR_TYPE_ASSERTION), e, NULL);
}

/* gc's panicdottypeE: x.(T) failed for a value of interface type iface with dynamic type have (NULL: nil). */
_Noreturn void llgo_panicdottype(const LlgoType *have, const LlgoType *want, const LlgoType *iface) {
    llgo_panictypeassertion(iface, have, want, (GoString){NULL, 0});
}

/* gc's efaceeq/ifaceeq: comparing interface values whose dynamic type is not comparable. */
_Noreturn void llgo_panicuncomparable(const LlgoType *t) {
    GoString msg = concat(cstr("runtime error: comparing uncomparable type "), llgo_type_name(t));
    GoString *value = llgo_alloc(sizeof(GoString));
    *value = msg;
    llgo_gopanic((void *)llgo_errortype(LLGO_ERROR_STRING), value, NULL);
}

/* The Go spelling of each basic kind; a type whose string differs is a named type. */
static const char *basic_kind_name(uint8_t kind) {
    switch (kind) {
    case LLGO_KIND_BOOL: return "bool";
    case LLGO_KIND_INT: return "int";
    case LLGO_KIND_INT8: return "int8";
    case LLGO_KIND_INT16: return "int16";
    case LLGO_KIND_INT32: return "int32";
    case LLGO_KIND_INT64: return "int64";
    case LLGO_KIND_UINT: return "uint";
    case LLGO_KIND_UINT8: return "uint8";
    case LLGO_KIND_UINT16: return "uint16";
    case LLGO_KIND_UINT32: return "uint32";
    case LLGO_KIND_UINT64: return "uint64";
    case LLGO_KIND_UINTPTR: return "uintptr";
    case LLGO_KIND_FLOAT32: return "float32";
    case LLGO_KIND_FLOAT64: return "float64";
    case LLGO_KIND_COMPLEX64: return "complex64";
    case LLGO_KIND_COMPLEX128: return "complex128";
    case LLGO_KIND_STRING: return "string";
    default: return NULL;
    }
}

/* Prints the value of a basic kind as print prints it; false for other kinds. */
static bool print_basic_value(uint8_t kind, const void *data) {
    switch (kind) {
    case LLGO_KIND_BOOL: llgo_printbool(*(const bool *)data); return true;
    case LLGO_KIND_INT:
    case LLGO_KIND_INT64: llgo_printint(*(const int64_t *)data); return true;
    case LLGO_KIND_INT8: llgo_printint(*(const int8_t *)data); return true;
    case LLGO_KIND_INT16: llgo_printint(*(const int16_t *)data); return true;
    case LLGO_KIND_INT32: llgo_printint(*(const int32_t *)data); return true;
    case LLGO_KIND_UINT:
    case LLGO_KIND_UINT64:
    case LLGO_KIND_UINTPTR: llgo_printuint(*(const uint64_t *)data); return true;
    case LLGO_KIND_UINT8: llgo_printuint(*(const uint8_t *)data); return true;
    case LLGO_KIND_UINT16: llgo_printuint(*(const uint16_t *)data); return true;
    case LLGO_KIND_UINT32: llgo_printuint(*(const uint32_t *)data); return true;
    case LLGO_KIND_FLOAT32: llgo_printfloat(*(const float *)data); return true;
    case LLGO_KIND_FLOAT64: llgo_printfloat(*(const double *)data); return true;
    case LLGO_KIND_COMPLEX64: {
        const float *c = data;
        llgo_printcomplex(c[0], c[1]);
        return true;
    }
    case LLGO_KIND_COMPLEX128: {
        const double *c = data;
        llgo_printcomplex(c[0], c[1]);
        return true;
    }
    case LLGO_KIND_STRING: {
        const GoString *s = data;
        llgo_printstring(s->p, s->n);
        return true;
    }
    default:
        return false;
    }
}

/* gc's printanycustomtype: named basic types as T(v), T("s"), T(c); others as (T) 0xADDR. */
static void print_custom_value(const LlgoType *t, const void *data, uint8_t kind) {
    GoString name = llgo_type_name(t);
    switch (kind) {
    case LLGO_KIND_STRING:
        llgo_printstring(name.p, name.n);
        llgo_printcstr("(\"");
        print_basic_value(kind, data);
        llgo_printcstr("\")");
        return;
    case LLGO_KIND_COMPLEX64:
    case LLGO_KIND_COMPLEX128:
        llgo_printstring(name.p, name.n);
        print_basic_value(kind, data);
        return;
    default:
        if (basic_kind_name(kind) != NULL) {
            llgo_printstring(name.p, name.n);
            llgo_printcstr("(");
            print_basic_value(kind, data);
            llgo_printcstr(")");
            return;
        }
        llgo_printcstr("(");
        llgo_printstring(name.p, name.n);
        llgo_printcstr(") ");
        llgo_printpointer((void *)data);
    }
}

/* gc's printpanicval for the value (type, data) of an empty interface. */
void llgo_printpanicvalue(const LlgoType *t, const void *data) {
    if (t == NULL) {
        llgo_printcstr("nil");
        return;
    }
    if (llgo_isruntimeerror(t)) {
        const GoString *text = data;
        llgo_printstring(text->p, text->n);
        return;
    }
    /* gc's preprintpanics: an error prints v.Error(), a Stringer v.String() */
    const LlgoMethod *m = llgo_findmethod(t, "Error", "func() string");
    if (m == NULL) {
        m = llgo_findmethod(t, "String", "func() string");
    }
    if (m != NULL) {
        GoString text = ((GoString (*)(const void *, void *))llgo_resolve_off(m->ifn))(data, NULL);
        llgo_printstring(text.p, text.n);
        return;
    }
    uint8_t kind = t->kind & LLGO_KIND_MASK;
    const char *basic = basic_kind_name(kind);
    GoString name = llgo_type_name(t);
    if (basic != NULL && name.n == (int64_t)strlen(basic) && memcmp(name.p, basic, (size_t)name.n) == 0) {
        print_basic_value(kind, data);
        return;
    }
    print_custom_value(t, data, kind);
}

_Noreturn void llgo_panic(void *type, void *data) {
    llgo_gopanic(type, data, NULL);
}

/* gc's boundsError codes (runtime/error.go) and their messages for x >= 0 and x < 0. */
typedef enum {
    BOUNDS_INDEX,
    BOUNDS_SLICE_ALEN,
    BOUNDS_SLICE_ACAP,
    BOUNDS_SLICE_B,
    BOUNDS_SLICE3_ALEN,
    BOUNDS_SLICE3_ACAP,
    BOUNDS_SLICE3_B,
    BOUNDS_SLICE3_C,
    BOUNDS_CONVERT
} BoundsCode;

static const char *const bounds_formats[] = {
    [BOUNDS_INDEX] = "index out of range [%x] with length %y",
    [BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x] with length %y",
    [BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x] with capacity %y",
    [BOUNDS_SLICE_B] = "slice bounds out of range [%x:%y]",
    [BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x] with length %y",
    [BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x] with capacity %y",
    [BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:%y]",
    [BOUNDS_SLICE3_C] = "slice bounds out of range [%x:%y:]",
    [BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};

static const char *const bounds_negative_formats[] = {
    [BOUNDS_INDEX] = "index out of range [%x]",
    [BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x]",
    [BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x]",
    [BOUNDS_SLICE_B] = "slice bounds out of range [%x:]",
    [BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x]",
    [BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x]",
    [BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:]",
    [BOUNDS_SLICE3_C] = "slice bounds out of range [%x::]",
    [BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};

/* boundsError.Error: x is printed signed or unsigned, y (never negative) signed. */
_Noreturn static void panic_bounds(BoundsCode code, int64_t x, bool is_signed, int64_t y) {
    const char *format = is_signed && x < 0 ? bounds_negative_formats[code] : bounds_formats[code];
    Message m = {.n = 0};
    append_cstr(&m, "runtime error: ");
    for (const char *c = format; *c != '\0'; c++) {
        if (*c != '%') {
            char one[2] = {*c, '\0'};
            append_cstr(&m, one);
            continue;
        }
        c++;
        if (*c == 'x') {
            if (is_signed) {
                append_int(&m, x);
            } else {
                append_uint(&m, (uint64_t)x);
            }
        } else {
            append_int(&m, y);
        }
    }
    panic_error(LLGO_ERROR_BOUNDS, &m, NULL);
}

_Noreturn void llgo_panicindex(int64_t x, int64_t len) {
    panic_bounds(BOUNDS_INDEX, x, true, len);
}

_Noreturn void llgo_panicindexu(uint64_t x, int64_t len) {
    panic_bounds(BOUNDS_INDEX, (int64_t)x, false, len);
}

/* "0 <= x <= bound" as gc checks it: an unsigned comparison also rejects negative x. */
static bool out_of(int64_t x, int64_t bound) {
    return (uint64_t)x > (uint64_t)bound;
}

/* s[lo:hi] checks hi against the bound first, then lo against hi (ssagen's order). */
_Noreturn static void panic_slice2(int64_t lo, int64_t hi, int64_t bound, BoundsCode bound_code) {
    if (out_of(hi, bound)) {
        panic_bounds(bound_code, hi, true, bound);
    }
    panic_bounds(BOUNDS_SLICE_B, lo, true, hi);
}

/* s[lo:hi:max] checks max against the bound, then hi against max, then lo against hi. */
_Noreturn static void panic_slice3(int64_t lo, int64_t hi, int64_t max, int64_t bound, BoundsCode bound_code) {
    if (out_of(max, bound)) {
        panic_bounds(bound_code, max, true, bound);
    }
    if (out_of(hi, max)) {
        panic_bounds(BOUNDS_SLICE3_B, hi, true, max);
    }
    panic_bounds(BOUNDS_SLICE3_C, lo, true, hi);
}

_Noreturn void llgo_panicslice(int64_t lo, int64_t hi, int64_t cap) {
    panic_slice2(lo, hi, cap, BOUNDS_SLICE_ACAP);
}

_Noreturn void llgo_panicslicelen(int64_t lo, int64_t hi, int64_t len) {
    panic_slice2(lo, hi, len, BOUNDS_SLICE_ALEN);
}

_Noreturn void llgo_panicslice3(int64_t lo, int64_t hi, int64_t max, int64_t cap) {
    panic_slice3(lo, hi, max, cap, BOUNDS_SLICE3_ACAP);
}

_Noreturn void llgo_panicslice3len(int64_t lo, int64_t hi, int64_t max, int64_t len) {
    panic_slice3(lo, hi, max, len, BOUNDS_SLICE3_ALEN);
}

_Noreturn void llgo_panicsliceconvert(int64_t x, int64_t len) {
    panic_bounds(BOUNDS_CONVERT, x, true, len);
}

_Noreturn void llgo_panicdivide(void) {
    llgo_panicruntime("integer divide by zero");
}

_Noreturn void llgo_panicshift(void) {
    llgo_panicruntime("negative shift amount");
}

_Noreturn void llgo_panicmemory(const char *signal_line) {
    panic_runtime_error("invalid memory address or nil pointer dereference", signal_line);
}

_Noreturn void llgo_panicmemoryaddr(const char *signal_line, uintptr_t addr) {
    static const char text[] = "runtime error: invalid memory address or nil pointer dereference";
    LlgoErrorAddress *value = llgo_alloc(sizeof(LlgoErrorAddress));
    value->text = (GoString){(const uint8_t *)text, sizeof text - 1};
    value->addr = addr;
    llgo_gopanic((void *)llgo_errortype(LLGO_ERROR_ADDRESS), value, signal_line);
}

static void append_hex(Message *m, uint64_t v) {
    char digits[17];
    int i = sizeof digits;
    digits[--i] = '\0';
    do {
        digits[--i] = "0123456789abcdef"[v % 16];
        v /= 16;
    } while (v != 0);
    append_cstr(m, "0x");
    append_cstr(m, digits + i);
}

/* An explicit nil check failed: gc's signal line, with the check's call site as the PC. */
_Noreturn __attribute__((noinline)) void llgo_panicnilderef(void) {
    static char line[96];
    Message m = {.n = 0};
    append_cstr(&m, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=");
    append_hex(&m, (uint64_t)(uintptr_t)__builtin_return_address(0));
    append_cstr(&m, "]\n");
    memcpy(line, m.buf, m.n < sizeof line - 1 ? m.n : sizeof line - 1);
    line[m.n < sizeof line - 1 ? m.n : sizeof line - 1] = '\0';
    llgo_panicmemory(line);
}
