/*
 * error.c: the dynamic types of run-time error values (gc's go1.19 runtime/error.go):
 * runtime.errorString, runtime.plainError, runtime.boundsError, runtime.errorAddressString
 * and *runtime.TypeAssertionError, each with gc's method set {Error() string, RuntimeError()}
 * (errorAddressString also has Addr() uintptr)
 * so that recover().(error) and recover().(interface{ RuntimeError() }) succeed and
 * err.Error() returns gc's text. The descriptors and method tables are C globals laid out
 * as codegen lays out its own (ABI.md "Type descriptors", "Method tables", "Run-time error
 * values"); this file is the one place that defines them. Their 32-bit offsets (str,
 * pkgpath, the methods' name, mtyp, ifn, tfn) are filled in by llgo_errortypes_init before
 * any Go code runs: C cannot write a truncated difference of two addresses as a constant
 * initializer, so these descriptors live in writable data, not in llgo_types. A method's mtyp is the
 * descriptor of "func() string", "func()" or "func() uintptr" that codegen emits whenever an interface names
 * such a method: the runtime refers to those linkonce_odr globals by their symbols as weak
 * references, so a program that never mentions the func type links them as null and no
 * interface method can match them. The data word of every run-time error value points at
 * the GoString that Error() returns (for *TypeAssertionError it is the pointer itself,
 * whose target starts with that GoString).
 */
#include <string.h>

#include "llgo.h"

/* The descriptor globals codegen emits for the methods' func types (ABI.md: "the type" is the global). */
extern const LlgoType func_string_descriptor __asm__("type:func() string") __attribute__((weak));
extern const LlgoType func_void_descriptor __asm__("type:func()") __attribute__((weak));
extern const LlgoType func_uintptr_descriptor __asm__("type:func() uintptr") __attribute__((weak));

/* Error() string: the message the data word points at. */
static GoString error_text(void *data, void *ctx) {
    (void)ctx;
    return *(const GoString *)data;
}

/* RuntimeError(): a no-op that marks run-time errors. */
static void runtime_error_marker(void *data, void *ctx) {
    (void)data;
    (void)ctx;
}

/* errorAddressString.Addr() uintptr: the faulting address. */
static uintptr_t error_address(void *data, void *ctx) {
    (void)ctx;
    return ((const LlgoErrorAddress *)data)->addr;
}

/* An encoded name (reflect/type.go name) of fewer than 128 bytes: flags, length, bytes. */
#define NAME(var, flags, s) \
    static const struct { uint8_t flag; uint8_t len; char bytes[sizeof(s) - 1]; } var = {flags, sizeof(s) - 1, s}

NAME(runtime_pkgpath, 0, "runtime");
NAME(name_error, LLGO_NAME_EXPORTED, "Error");
NAME(name_runtime_error, LLGO_NAME_EXPORTED, "RuntimeError");
NAME(name_addr, LLGO_NAME_EXPORTED, "Addr");
NAME(name_error_string, 0, "*runtime.errorString");
NAME(name_plain_error, 0, "*runtime.plainError");
NAME(name_bounds_error, 0, "*runtime.boundsError");
NAME(name_error_address, 0, "*runtime.errorAddressString");
NAME(name_type_assertion_error, LLGO_NAME_EXPORTED, "*runtime.TypeAssertionError");

static bool equal_messages(const void *x, const void *y, void *ctx) {
    (void)ctx;
    const GoString *a = x, *b = y;
    return a->n == b->n && memcmp(a->p, b->p, (size_t)a->n) == 0;
}

static bool equal_addresses(const void *x, const void *y, void *ctx) {
    const LlgoErrorAddress *a = x, *b = y;
    return a->addr == b->addr && equal_messages(x, y, ctx);
}

static bool equal_pointers(const void *x, const void *y, void *ctx) {
    (void)ctx;
    return *(void *const *)x == *(void *const *)y;
}

#define TFLAGS (LLGO_TFLAG_UNCOMMON | LLGO_TFLAG_EXTRA_STAR | LLGO_TFLAG_NAMED)
#define HEADER(size, tflag, kind, equal) {size, 8, 0, tflag, 8, 8, kind, {(void *)(equal), NULL}, NULL, 0, 0}

/* The string-kind error types: header, uncommon part, Error and RuntimeError. */
typedef struct {
    LlgoType type;
    LlgoUncommonType uncommon;
    LlgoMethod methods[2];
} StringErrorType;

/* The struct-kind error types: structtype without fields, uncommon part, methods. */
typedef struct {
    LlgoStructType type;
    LlgoUncommonType uncommon;
    LlgoMethod methods[3];
} StructErrorType;

#define UNCOMMON(n, owner) {0, n, n, offsetof(owner, methods) - offsetof(owner, uncommon), 0}

static StringErrorType error_string_type = {
    HEADER(sizeof(GoString), TFLAGS, LLGO_KIND_STRING, equal_messages), UNCOMMON(2, StringErrorType), {{0}}};
static StringErrorType plain_error_type = {
    HEADER(sizeof(GoString), TFLAGS, LLGO_KIND_STRING, equal_messages), UNCOMMON(2, StringErrorType), {{0}}};
static StructErrorType bounds_error_type = {
    {HEADER(sizeof(GoString), TFLAGS, LLGO_KIND_STRUCT, equal_messages), NULL, NULL, 0, 0},
    UNCOMMON(2, StructErrorType), {{0}}};
static StructErrorType error_address_type = {
    {HEADER(sizeof(LlgoErrorAddress), TFLAGS, LLGO_KIND_STRUCT, equal_addresses), NULL, NULL, 0, 0},
    UNCOMMON(3, StructErrorType), {{0}}};

/* runtime.TypeAssertionError (no methods: they are *TypeAssertionError's) and the pointer type. */
static struct {
    LlgoStructType type;
    LlgoUncommonType uncommon;
} type_assertion_error_struct = {
    {HEADER(sizeof(LlgoTypeAssertionError), TFLAGS, LLGO_KIND_STRUCT, equal_messages), NULL, NULL, 0, 0},
    {0, 0, 0, sizeof(LlgoUncommonType), 0}};

static struct {
    LlgoPtrType type;
    LlgoUncommonType uncommon;
    LlgoMethod methods[2];
} type_assertion_error_pointer = {
    {HEADER(sizeof(void *), LLGO_TFLAG_UNCOMMON | LLGO_TFLAG_REGULAR_MEMORY,
            LLGO_KIND_POINTER | LLGO_KIND_DIRECT_IFACE, equal_pointers), &type_assertion_error_struct.type.typ},
    {0, 2, 2, offsetof(__typeof__(type_assertion_error_pointer), methods) - sizeof(LlgoPtrType), 0}, {{0}}};

/* A method {name, mtyp, ifn, tfn} with the offsets computed here (textOff -1: no tfn). */
static LlgoMethod method(const void *name, const LlgoType *mtyp, const void *ifn, const void *tfn) {
    return (LlgoMethod){llgo_off_of(name), &mtyp[0] == NULL ? 0 : llgo_off_of(mtyp), llgo_off_of(ifn),
                        tfn == NULL ? -1 : llgo_off_of(tfn)};
}

/* Error and RuntimeError; tfn is the ifn when the data word is the receiver itself. */
static void error_methods(LlgoMethod *m, bool direct) {
    m[0] = method(&name_error, &func_string_descriptor, error_text, direct ? (void *)error_text : NULL);
    m[1] = method(&name_runtime_error, &func_void_descriptor, runtime_error_marker,
                  direct ? (void *)runtime_error_marker : NULL);
}

static void set_names(LlgoType *t, LlgoUncommonType *u, const void *str) {
    t->str = llgo_off_of(str);
    u->pkgpath = llgo_off_of(&runtime_pkgpath);
}

void llgo_errortypes_init(void) {
    set_names(&error_string_type.type, &error_string_type.uncommon, &name_error_string);
    error_methods(error_string_type.methods, false);
    set_names(&plain_error_type.type, &plain_error_type.uncommon, &name_plain_error);
    error_methods(plain_error_type.methods, false);
    set_names(&bounds_error_type.type.typ, &bounds_error_type.uncommon, &name_bounds_error);
    error_methods(bounds_error_type.methods, false);
    set_names(&error_address_type.type.typ, &error_address_type.uncommon, &name_error_address);
    error_address_type.methods[0] = method(&name_addr, &func_uintptr_descriptor, error_address, NULL);
    error_methods(&error_address_type.methods[1], false);
    set_names(&type_assertion_error_struct.type.typ, &type_assertion_error_struct.uncommon, &name_type_assertion_error);
    type_assertion_error_pointer.type.typ.str = llgo_off_of(&name_type_assertion_error);
    type_assertion_error_pointer.uncommon.pkgpath = llgo_off_of(&runtime_pkgpath);
    error_methods(type_assertion_error_pointer.methods, true);
}

const LlgoType *llgo_errortype(LlgoErrorKind kind) {
    switch (kind) {
    case LLGO_ERROR_STRING: return &error_string_type.type;
    case LLGO_ERROR_PLAIN: return &plain_error_type.type;
    case LLGO_ERROR_BOUNDS: return &bounds_error_type.type.typ;
    case LLGO_ERROR_ADDRESS: return &error_address_type.type.typ;
    case LLGO_ERROR_TYPE_ASSERTION: return &type_assertion_error_pointer.type.typ;
    }
    return NULL;
}

bool llgo_isruntimeerror(const LlgoType *t) {
    return t == &error_string_type.type || t == &plain_error_type.type || t == &bounds_error_type.type.typ
        || t == &error_address_type.type.typ || t == &type_assertion_error_pointer.type.typ;
}
