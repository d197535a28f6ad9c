/*
 * error.c: the dynamic types of run-time error values (gc's go1.19 runtime/error.go):
 * runtime.errorString, runtime.plainError, runtime.boundsError, runtime.errorAddressString
 * and *runtime.TypeAssertionError, each with gc's method set {Error() string, RuntimeError()}
 * (errorAddressString also has Addr() uintptr)
 * so that recover().(error) and recover().(interface{ RuntimeError() }) succeed and
 * err.Error() returns gc's text. The descriptors and method tables are C globals laid out
 * as codegen lays out its own (ABI.md "Type descriptors", "Method tables", "Run-time error
 * values"); this file is the one place that defines them. A method's mtyp is the
 * descriptor of "func() string", "func()" or "func() uintptr" that codegen emits whenever an interface names
 * such a method: the runtime refers to those linkonce_odr globals by their symbols as weak
 * references, so a program that never mentions the func type links them as null and no
 * interface method can match them. The data word of every run-time error value points at
 * the GoString that Error() returns (for *TypeAssertionError it is the pointer itself,
 * whose target starts with that GoString).
 */
#include <string.h>

#include "llgo.h"

/* The descriptor globals codegen emits for the methods' func types (ABI.md: "the type" is the global + 24). */
extern const char func_string_descriptor[] __asm__("type:func() string") __attribute__((weak));
extern const char func_void_descriptor[] __asm__("type:func()") __attribute__((weak));
extern const char func_uintptr_descriptor[] __asm__("type:func() uintptr") __attribute__((weak));
#define CODEGEN_DESCRIPTOR(global) ((const LlgoType *)((global) + 24))

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

static const GoString runtime_pkgpath = {(const uint8_t *)"runtime", 7};

#define GO_STRING(s) {(const uint8_t *)(s), sizeof(s) - 1}

/* gc's method set of every run-time error type, sorted by name (ABI.md "Method tables"). */
static const LlgoMethod error_methods[2] = {
    {GO_STRING("Error"), NULL, CODEGEN_DESCRIPTOR(func_string_descriptor), (void *)error_text},
    {GO_STRING("RuntimeError"), NULL, CODEGEN_DESCRIPTOR(func_void_descriptor), (void *)runtime_error_marker},
};

#define ERROR_UNCOMMON {&runtime_pkgpath, 2, 2, 0, error_methods}

static const LlgoMethod error_address_methods[3] = {
    {GO_STRING("Addr"), NULL, CODEGEN_DESCRIPTOR(func_uintptr_descriptor), (void *)error_address},
    {GO_STRING("Error"), NULL, CODEGEN_DESCRIPTOR(func_string_descriptor), (void *)error_text},
    {GO_STRING("RuntimeError"), NULL, CODEGEN_DESCRIPTOR(func_void_descriptor), (void *)runtime_error_marker},
};

static bool equal_messages(void *x, void *y) {
    const GoString *a = x, *b = y;
    return a->n == b->n && memcmp(a->p, b->p, (size_t)a->n) == 0;
}

static bool equal_addresses(void *x, void *y) {
    const LlgoErrorAddress *a = x, *b = y;
    return a->addr == b->addr && equal_messages(x, y);
}

static bool equal_pointers(void *x, void *y) {
    return *(void *const *)x == *(void *const *)y;
}

static uintptr_t hash_pointer(const void *p, uintptr_t seed) {
    return llgo_memhash(p, seed, sizeof(void *));
}

/* A value type of the runtime: {hash, name, header, uncommon} (no kind-specific part). */
typedef struct {
    LlgoHashFn hash;
    GoString name;
    LlgoType type;
    LlgoUncommonType uncommon;
} ValueErrorType;

#define VALUE_ERROR_TYPE(go_name, kind_number) \
    { llgo_strhash, GO_STRING(go_name), \
      {sizeof(GoString), 8, 0, LLGO_TFLAG_UNCOMMON, 8, 8, kind_number, equal_messages, NULL, 0, 0}, \
      ERROR_UNCOMMON }

static const ValueErrorType error_string_type = VALUE_ERROR_TYPE("runtime.errorString", LLGO_KIND_STRING);
static const ValueErrorType plain_error_type = VALUE_ERROR_TYPE("runtime.plainError", LLGO_KIND_STRING);
static const ValueErrorType bounds_error_type = VALUE_ERROR_TYPE("runtime.boundsError", LLGO_KIND_STRUCT);

static const ValueErrorType error_address_type = {
    llgo_strhash, GO_STRING("runtime.errorAddressString"),
    {sizeof(LlgoErrorAddress), 8, 0, LLGO_TFLAG_UNCOMMON, 8, 8, LLGO_KIND_STRUCT, equal_addresses, NULL, 0, 0},
    {&runtime_pkgpath, 3, 3, 0, error_address_methods},
};

/* runtime.TypeAssertionError (no methods: they are *TypeAssertionError's) and the pointer type. */
static const struct {
    LlgoHashFn hash;
    GoString name;
    LlgoType type;
} type_assertion_error_struct = {
    llgo_strhash, GO_STRING("runtime.TypeAssertionError"),
    {sizeof(LlgoTypeAssertionError), 8, 0, 0, 8, 8, LLGO_KIND_STRUCT, equal_messages, NULL, 0, 0},
};

static const struct {
    LlgoHashFn hash;
    GoString name;
    LlgoType type;
    const LlgoType *elem;
    LlgoUncommonType uncommon;
} type_assertion_error_pointer = {
    hash_pointer, GO_STRING("*runtime.TypeAssertionError"),
    {sizeof(void *), 8, 0, LLGO_TFLAG_UNCOMMON, 8, 8, LLGO_KIND_POINTER | LLGO_KIND_DIRECT_IFACE, equal_pointers, NULL, 0, 0},
    &type_assertion_error_struct.type,
    ERROR_UNCOMMON,
};

const LlgoType *llgo_errortype(LlgoErrorKind kind) {
    switch (kind) {
    case LLGO_ERROR_STRING: return &error_string_type.type;
    case LLGO_ERROR_PLAIN: return &plain_error_type.type;
    case LLGO_ERROR_BOUNDS: return &bounds_error_type.type;
    case LLGO_ERROR_ADDRESS: return &error_address_type.type;
    case LLGO_ERROR_TYPE_ASSERTION: return &type_assertion_error_pointer.type;
    }
    return NULL;
}

bool llgo_isruntimeerror(const LlgoType *t) {
    return t == &error_string_type.type || t == &plain_error_type.type || t == &bounds_error_type.type
        || t == &error_address_type.type || t == &type_assertion_error_pointer.type;
}
