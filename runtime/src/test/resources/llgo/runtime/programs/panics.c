/* panics.go: each case, selected by the first argument, ends in one runtime panic. */
#include <stdint.h>

#include "program.h"

/* A type descriptor with its string (program.h NamedType). */
#define TYPE(var, string, kind_) static NamedType var = {(string), {.kind = (kind_)}}

TYPE(string_type, "string", LLGO_KIND_STRING);
TYPE(int_type, "int", LLGO_KIND_INT);
TYPE(int8_type, "int8", LLGO_KIND_INT8);
TYPE(uint64_type, "uint64", LLGO_KIND_UINT64);
TYPE(uint16_type, "uint16", LLGO_KIND_UINT16);
TYPE(float64_type, "float64", LLGO_KIND_FLOAT64);
TYPE(float32_type, "float32", LLGO_KIND_FLOAT32);
TYPE(bool_type, "bool", LLGO_KIND_BOOL);
TYPE(complex128_type, "complex128", LLGO_KIND_COMPLEX128);
TYPE(complex64_type, "complex64", LLGO_KIND_COMPLEX64);
TYPE(myint_type, "main.MyInt", LLGO_KIND_INT);
TYPE(s_type, "main.S", LLGO_KIND_STRING);
TYPE(f_type, "main.F", LLGO_KIND_FLOAT64);
TYPE(b_type, "main.B", LLGO_KIND_BOOL);
TYPE(c_type, "main.C", LLGO_KIND_COMPLEX128);
TYPE(u8_type, "main.U8", LLGO_KIND_UINT8);
TYPE(i8_type, "main.I8", LLGO_KIND_INT8);
TYPE(t_type, "main.T", LLGO_KIND_STRUCT);
TYPE(ptr_t_type, "*main.T", LLGO_KIND_POINTER | LLGO_KIND_DIRECT_IFACE);
TYPE(slice_type, "[]int", LLGO_KIND_SLICE);

/* panic(v) for a value that is boxed: the data word points at a heap copy. */
static _Noreturn void panic_boxed(NamedType *t, const void *value, size_t size) {
    void *box = llgo_alloc(size);
    memcpy(box, value, size);
    llgo_panic(named(t), box);
}

#define PANIC_VALUE(t, ctype, v) \
    do { ctype value_ = (v); panic_boxed(&(t), &value_, sizeof value_); } while (0)

/* Keeps the compiler from folding the faulting operations away. */
static volatile int64_t opaque_zero = 0;
static int64_t *volatile opaque_nil = NULL;

/* Recursion deeper than any stack (the limit is opaque to the compiler); each frame keeps a live buffer. */
static volatile int64_t recursion_limit = INT64_MAX;

static int64_t recurse(int64_t n) {
    volatile uint8_t frame[64];
    frame[n % 64] = 1;
    if (n == recursion_limit) {
        return 0;
    }
    return recurse(n + 1) + frame[3];
}

/* A deferred call that would recover a panic and say so. */
static void recovering_call(void *ctx) {
    (void)ctx;
    GoEface r = llgo_recover(true);
    llgo_printcstr(r.type != NULL ? "recovered\n" : "nothing to recover\n");
}

/* This file's code lies in the runtime's section (program.h includes llgo.h), so a fault in it is fatal. */
static void fault_under_recovering_defer(void) {
    static LlgoDeferFrame frame __attribute__((aligned(16)));
    llgo_deferpush(&frame);
    if (_setjmp(frame.jb) == 0) {
        llgo_deferproc(&frame, (void *)recovering_call, NULL, (void *)recovering_call);
        opaque_nil[0] = 1;
    }
    llgo_printcstr("returned after recovery\n");
}

static bool is(const char *name) {
    return strcmp(llgo_argv[1], name) == 0;
}

LLGO_MAIN {
    int64_t s[] = {1, 2, 3};
    if (is("string")) PANIC_VALUE(string_type, GoString, lit("boom"));
    if (is("string_utf8")) PANIC_VALUE(string_type, GoString, lit("héllo\n世界"));
    if (is("int")) PANIC_VALUE(int_type, int64_t, 42);
    if (is("int_min")) PANIC_VALUE(int_type, int64_t, INT64_MIN);
    if (is("int8")) PANIC_VALUE(int8_type, int8_t, -5);
    if (is("uint64_max")) PANIC_VALUE(uint64_type, uint64_t, UINT64_MAX);
    if (is("uint16")) PANIC_VALUE(uint16_type, uint16_t, 65535);
    if (is("float64")) PANIC_VALUE(float64_type, double, 1.5);
    if (is("float32")) PANIC_VALUE(float32_type, float, -0.25f);
    if (is("bool")) PANIC_VALUE(bool_type, bool, true);
    if (is("complex128")) {
        double c[2] = {1, -2};
        panic_boxed(&complex128_type, c, sizeof c);
    }
    if (is("complex64")) {
        float c[2] = {0.5f, 3.0f};
        panic_boxed(&complex64_type, c, sizeof c);
    }
    if (is("nil")) llgo_panic(NULL, NULL);
    if (is("named_int")) PANIC_VALUE(myint_type, int64_t, 5);
    if (is("named_string")) PANIC_VALUE(s_type, GoString, lit("x"));
    if (is("named_float")) PANIC_VALUE(f_type, double, 2.5);
    if (is("named_bool")) PANIC_VALUE(b_type, bool, false);
    if (is("named_complex")) {
        double c[2] = {1, 2};
        panic_boxed(&c_type, c, sizeof c);
    }
    if (is("named_uint8")) PANIC_VALUE(u8_type, uint8_t, 200);
    if (is("named_int8")) PANIC_VALUE(i8_type, int8_t, -100);
    if (is("struct")) {
        int64_t t[2] = {1, 2};
        panic_boxed(&t_type, t, sizeof t);
    }
    if (is("pointer")) {
        int64_t *t = llgo_alloc(16);
        llgo_panic(named(&ptr_t_type), t);
    }
    if (is("slice")) {
        GoSlice slice = {s, 3, 3};
        panic_boxed(&slice_type, &slice, sizeof slice);
    }
    if (is("index")) llgo_panicindex(5, 3);
    if (is("index_negative")) llgo_panicindex(-1, 3);
    if (is("index_unsigned")) llgo_panicindexu((uint64_t)1 << 63, 3);
    if (is("slice_cap")) llgo_panicslice(1, 5, 3);
    if (is("slice_b")) llgo_panicslice(3, 2, 3);
    if (is("slice_from")) llgo_panicslice(5, 3, 3);
    if (is("slice_negative")) llgo_panicslice(-1, 3, 3);
    if (is("string_len")) llgo_panicslicelen(1, 10, 5);
    if (is("string_b")) llgo_panicslicelen(3, 2, 5);
    if (is("slice3_cap")) llgo_panicslice3(0, 1, 10, 3);
    if (is("slice3_b")) llgo_panicslice3(0, 3, 2, 3);
    if (is("slice3_c")) llgo_panicslice3(2, 1, 3, 3);
    if (is("array3_len")) llgo_panicslice3len(0, 1, 10, 3);
    if (is("divide")) llgo_panicdivide();
    if (is("sigfpe")) {
        begin(); llgo_printint(5 % opaque_zero); end();
    }
    if (is("shift")) llgo_panicshift();
    if (is("makeslice_len")) {
        GoSlice out;
        llgo_makeslice(&out, -1, -1, ELEM(8));
    }
    if (is("makeslice_cap")) {
        GoSlice out;
        llgo_makeslice(&out, 2, 1, ELEM(8));
    }
    if (is("nilderef")) llgo_panicnilderef();
    if (is("sigsegv")) {
        begin(); llgo_printint(*opaque_nil); end();
    }
    if (is("sigsegv_field")) {
        opaque_nil[1] = 1;
    }
    if (is("wild")) {
        int64_t *volatile wild = (int64_t *)(uintptr_t)0xdeadbeef;
        begin(); llgo_printint(*wild); end();
    }
    if (is("runtime_fault")) fault_under_recovering_defer();
    if (is("stack_overflow")) {
        begin(); llgo_printint(recurse(0)); end();
    }
}
