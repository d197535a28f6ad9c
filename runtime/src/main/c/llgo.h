/*
 * llgo.h: the data layouts and internal helpers shared by the llgo runtime's C files.
 * The layouts (GoString, GoSlice, the type-descriptor header) are the ones fixed by
 * runtime/ABI.md ("Value representation", "Type descriptors"), which follows gc's
 * go1.19 runtime (runtime/string.go, runtime/slice.go, runtime/type.go) on amd64.
 * Every exported function is declared here with the signature ABI.md gives it.
 */
#ifndef LLGO_H
#define LLGO_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Every function the runtime defines goes to its own section, so that the fault handler
 * (signal.c) can tell a fault in the runtime's C code (fatal) from one in compiled Go
 * code (a recoverable panic); the linker defines __start_/__stop_llgo_runtime_text.
 */
#pragma clang section text = "llgo_runtime_text"

/* A Go string: data pointer and byte length (ABI.md: literal { ptr, i64 }). */
typedef struct {
    const uint8_t *p;
    int64_t n;
} GoString;

/* A Go slice: data pointer, length and capacity (ABI.md: literal { ptr, i64, i64 }). */
typedef struct {
    void *p;
    int64_t len;
    int64_t cap;
} GoSlice;

/* An empty interface: type descriptor and data word (ABI.md: literal { ptr, ptr }). */
typedef struct {
    void *type;
    void *data;
} GoEface;

/* A function's defer frame (ABI.md "defer, panic and recover"): compiled code reserves
   LLGO_DEFER_FRAME_SIZE bytes, 16-byte aligned, and calls _setjmp on its first bytes. */
enum { LLGO_DEFER_FRAME_SIZE = 256 };
typedef struct LlgoDeferFrame {
    jmp_buf jb;
    struct LlgoDeferFrame *prev;
    struct LlgoDefer *defers;
} LlgoDeferFrame;

/* A Go func value: code and context (ABI.md "Calling convention of Go functions"); the code
   takes the Go parameters, then the context as its trailing argument. */
typedef struct {
    void *code;
    void *ctx;
} LlgoFunc;

/* gc's runtime._type (go1.19 runtime/type.go), as llgo lays out the Go declaration: equal is a
   16-byte func value, so the fields after it sit 8 bytes later than in gc (ABI.md "Type descriptors"). */
typedef struct LlgoType {
    uintptr_t size;
    uintptr_t ptrdata;
    uint32_t hash;
    uint8_t tflag;
    uint8_t align;
    uint8_t fieldAlign;
    uint8_t kind;
    LlgoFunc equal;            /* func(p, q unsafe.Pointer) bool; code NULL when not comparable */
    const uint8_t *gcdata;
    int32_t str;               /* nameOff of the type's string */
    int32_t ptrToThis;         /* typeOff of *T, or 0 */
} LlgoType;

_Static_assert(offsetof(LlgoType, kind) == 23, "kind at offset 23");
_Static_assert(offsetof(LlgoType, equal) == 24, "equal at offset 24");
_Static_assert(offsetof(LlgoType, str) == 48, "str at offset 48");
_Static_assert(sizeof(LlgoType) == 56, "type header is 56 bytes");

/* gc's kind numbers (runtime/typekind.go). */
enum {
    LLGO_KIND_BOOL = 1, LLGO_KIND_INT, LLGO_KIND_INT8, LLGO_KIND_INT16, LLGO_KIND_INT32,
    LLGO_KIND_INT64, LLGO_KIND_UINT, LLGO_KIND_UINT8, LLGO_KIND_UINT16, LLGO_KIND_UINT32,
    LLGO_KIND_UINT64, LLGO_KIND_UINTPTR, LLGO_KIND_FLOAT32, LLGO_KIND_FLOAT64,
    LLGO_KIND_COMPLEX64, LLGO_KIND_COMPLEX128, LLGO_KIND_ARRAY, LLGO_KIND_CHAN,
    LLGO_KIND_FUNC, LLGO_KIND_INTERFACE, LLGO_KIND_MAP, LLGO_KIND_POINTER,
    LLGO_KIND_SLICE, LLGO_KIND_STRING, LLGO_KIND_STRUCT, LLGO_KIND_UNSAFE_POINTER,
    LLGO_KIND_DIRECT_IFACE = 0x20,
    LLGO_KIND_MASK = 0x1f
};

/* gc's tflag bits (runtime/type.go). */
enum {
    LLGO_TFLAG_UNCOMMON = 1 << 0,
    LLGO_TFLAG_EXTRA_STAR = 1 << 1,
    LLGO_TFLAG_NAMED = 1 << 2,
    LLGO_TFLAG_REGULAR_MEMORY = 1 << 3
};

/* gc's name flag bits (reflect/type.go name). */
enum {
    LLGO_NAME_EXPORTED = 1 << 0,
    LLGO_NAME_HAS_TAG = 1 << 1,
    LLGO_NAME_HAS_PKGPATH = 1 << 2,
    LLGO_NAME_EMBEDDED = 1 << 3
};

/* The base of nameOff, typeOff and textOff: a word in the section llgo_types that holds every
   descriptor codegen emits (ABI.md "Type descriptors"; defined in type.c). */
extern const uint8_t llgo_types[] __asm__("llgo.types");

static inline const uint8_t *llgo_resolve_off(int32_t off) {
    return llgo_types + (intptr_t)off;
}

/* The offset of p from llgo_types, as codegen's constant expressions compute it. */
static inline int32_t llgo_off_of(const void *p) {
    return (int32_t)((intptr_t)p - (intptr_t)llgo_types);
}

/* gc's name.name(): the string of an encoded name (NULL: the empty string). */
GoString llgo_name_string(const uint8_t *name);
/* gc's name.pkgPath(): the package path an unexported name carries, or the empty string. */
GoString llgo_name_pkgpath(const uint8_t *name);

/* The type's string (reflect.Type.String): str resolved, the leading '*' dropped under tflagExtraStar. */
GoString llgo_type_name(const LlgoType *t);

/* A hash function: hash of the value at p mixed with seed (gc's func(unsafe.Pointer, uintptr) uintptr)
   called as a Go function: the context is its trailing argument. */
typedef uintptr_t (*LlgoHashFn)(const void *p, uintptr_t seed, void *ctx);
typedef bool (*LlgoEqualFn)(const void *p, const void *q, void *ctx);

/* Calls a type's equal function (a Go func value) on p and q. Precondition: t is comparable. */
static inline bool llgo_call_equal(const LlgoType *t, const void *p, const void *q) {
    return ((LlgoEqualFn)t->equal.code)(p, q, t->equal.ctx);
}

/* gc's typehash (runtime/alg.go): the hash of the value of type t at p, directed by t's
   descriptor; panics for a type that is not hashable. */
uintptr_t llgo_typehash(const LlgoType *t, const void *p, uintptr_t seed);

/* gc's ptrtype and slicetype. */
typedef struct {
    LlgoType typ;
    const LlgoType *elem;
} LlgoPtrType;

typedef LlgoPtrType LlgoSliceType;

/* gc's arraytype. */
typedef struct {
    LlgoType typ;
    const LlgoType *elem;
    const LlgoType *slice;
    uintptr_t len;
} LlgoArrayType;

/* gc's chantype. */
typedef struct {
    LlgoType typ;
    const LlgoType *elem;
    uintptr_t dir;
} LlgoChanType;

/* gc's functype: the in and out parameter types follow (after the uncommon part, if any). */
typedef struct {
    LlgoType typ;
    uint16_t inCount;
    uint16_t outCount;         /* top bit: variadic */
} LlgoFuncType;

/* gc's maptype (runtime/type.go): the header, then the map's kind-specific part (ABI.md "maps"). */
typedef struct {
    LlgoType typ;
    const LlgoType *key;
    const LlgoType *elem;
    const LlgoType *bucket;    /* NULL in llgo: no buckets */
    LlgoFunc hasher;           /* the key type's hash function */
    uint8_t keysize;
    uint8_t elemsize;
    uint16_t bucketsize;
    uint32_t flags;
} LlgoMapType;

_Static_assert(offsetof(LlgoMapType, hasher) == 80, "maptype.hasher at offset 80");
_Static_assert(offsetof(LlgoMapType, flags) == 100, "maptype.flags at offset 100");

/* Calls the map's hasher (a Go func value). */
static inline uintptr_t llgo_call_hasher(const LlgoMapType *t, const void *key, uintptr_t seed) {
    return ((LlgoHashFn)t->hasher.code)(key, seed, t->hasher.ctx);
}

/* gc's structfield and structtype. */
typedef struct {
    const uint8_t *name;       /* an encoded name; LLGO_NAME_EMBEDDED for an embedded field */
    const LlgoType *typ;
    uintptr_t offset;
} LlgoStructField;

typedef struct {
    LlgoType typ;
    const uint8_t *pkgPath;    /* an encoded name, or NULL */
    const LlgoStructField *fields;
    int64_t nfields;
    int64_t capfields;
} LlgoStructType;

/* gc's imethod: nameOff and typeOff (the method's func type). */
typedef struct {
    int32_t name;
    int32_t typ;
} LlgoIMethod;

/* gc's interfacetype: the header, the package path (an encoded name or NULL), the methods in itab order. */
typedef struct {
    LlgoType typ;
    const uint8_t *pkgpath;
    const LlgoIMethod *mhdr;
    int64_t mlen;
    int64_t mcap;
} LlgoInterfaceType;

_Static_assert(offsetof(LlgoInterfaceType, mhdr) == 64, "interfacetype.mhdr at offset 64");

/* gc's method: ifn takes the data word as receiver; tfn the receiver value (textOff -1: none). */
typedef struct {
    int32_t name;
    int32_t mtyp;
    int32_t ifn;
    int32_t tfn;
} LlgoMethod;

/* gc's uncommontype; follows the kind-specific part. The methods are moff bytes after its start. */
typedef struct {
    int32_t pkgpath;
    uint16_t mcount;
    uint16_t xcount;
    uint32_t moff;
    uint32_t unused;
} LlgoUncommonType;

static inline const LlgoMethod *llgo_methods(const LlgoUncommonType *u) {
    return (const LlgoMethod *)((const uint8_t *)u + u->moff);
}

/* gc's itab (runtime/runtime2.go): fun holds inter's methods in mhdr order. */
typedef struct {
    const LlgoInterfaceType *inter;
    const LlgoType *type;
    uint32_t hash;
    uint8_t pad[4];
    void *fun[];
} LlgoItab;

_Static_assert(offsetof(LlgoItab, fun) == 24, "itab.fun at offset 24");

/* The dynamic types of run-time error values (error.c; ABI.md "Run-time error values"). */
typedef enum {
    LLGO_ERROR_STRING,          /* runtime.errorString */
    LLGO_ERROR_PLAIN,           /* runtime.plainError */
    LLGO_ERROR_BOUNDS,          /* runtime.boundsError */
    LLGO_ERROR_ADDRESS,         /* runtime.errorAddressString */
    LLGO_ERROR_TYPE_ASSERTION   /* *runtime.TypeAssertionError */
} LlgoErrorKind;

/* A runtime.errorAddressString value: Error()'s text, then the faulting address (gc's addr). */
typedef struct {
    GoString text;
    uintptr_t addr;
} LlgoErrorAddress;

/* The target of a *runtime.TypeAssertionError: Error()'s text first, then gc's fields. */
typedef struct {
    GoString text;
    const LlgoType *interface_type;
    const LlgoType *concrete;
    const LlgoType *asserted;
    GoString missing_method;
} LlgoTypeAssertionError;

/* The state of a range loop over a map: a frame slot of compiled code (ABI.md "maps"). */
typedef struct {
    void *map;
    int64_t pos;
    uint64_t epoch;
    uint64_t lastseq;
    uint64_t limit;
    void *key;     /* after llgo_mapiternext returned true: the current key and element */
    void *elem;
} LlgoMapIter;

_Static_assert(sizeof(LlgoMapIter) == 56, "map iterator is 7 words");

/* print.c */
void llgo_printlock(void);
void llgo_printunlock(void);
void llgo_printsp(void);
void llgo_printnl(void);
void llgo_printbool(bool v);
void llgo_printint(int64_t v);
void llgo_printuint(uint64_t v);
void llgo_printhex(uint64_t v);
void llgo_printfloat(double v);
void llgo_printcomplex(double re, double im);
void llgo_printstring(const uint8_t *p, int64_t n);
void llgo_printpointer(void *p);
void llgo_printslice(void *p, int64_t len, int64_t cap);
void llgo_printeface(void *type, void *data);
void llgo_printiface(void *itab, void *data);
/* Internal: prints a NUL-terminated C string literal. */
void llgo_printcstr(const char *s);

/* alloc.c */
void *llgo_alloc(uint64_t size);
void *llgo_alloc_noscan(uint64_t size);
void *llgo_newobject(const LlgoType *t);
void *llgo_newarray(const LlgoType *elem, int64_t n);
/* Internal: gc's roundupsize (runtime/msize.go): the size class a request of size bytes gets. */
uint64_t llgo_roundupsize(uint64_t size);

/* gc's runtime.MemStats (runtime/mstats.go, go1.19), field for field (ABI.md "Garbage collection"). */
typedef struct {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
    uint64_t BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256];
    uint64_t PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    bool EnableGC, DebugGC;
    struct { uint32_t Size; uint64_t Mallocs, Frees; } BySize[61];
} LlgoMemStats;

_Static_assert(offsetof(LlgoMemStats, PauseNs) == 192, "MemStats.PauseNs at offset 192");
_Static_assert(offsetof(LlgoMemStats, NumGC) == 4288, "MemStats.NumGC at offset 4288");
_Static_assert(offsetof(LlgoMemStats, BySize) == 4312, "MemStats.BySize at offset 4312");
_Static_assert(sizeof(LlgoMemStats) == 5776, "MemStats is 5776 bytes");

/* gc.c */
void llgo_gc(void);
void llgo_setfinalizer(void *obj, void *code, void *ctx);
bool llgo_runfinalizers(void);
void llgo_keepalive(void *p);
void llgo_readmemstats(LlgoMemStats *m);

/* string.c */
GoString llgo_concatstring2(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2);
int64_t llgo_cmpstring(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2);
bool llgo_eqstring(const uint8_t *p1, int64_t n1, const uint8_t *p2, int64_t n2);
GoString llgo_intstring(int64_t rune);
GoString llgo_slicebytetostring(const uint8_t *p, int64_t n);
void llgo_stringtoslicebyte(GoSlice *out, const uint8_t *p, int64_t n);
void llgo_stringtoslicerune(GoSlice *out, const uint8_t *p, int64_t n);
GoString llgo_slicerunetostring(const int32_t *p, int64_t n);

/* utf8.c */
int32_t llgo_decoderune(const uint8_t *p, int64_t n, int64_t k, int64_t *next);
/* Internal: gc's encoderune: writes r (U+FFFD if invalid) into buf, returns 1..4. */
int llgo_encoderune(uint8_t *buf, int32_t r);
/* Internal: bytes encoderune writes for r. */
int llgo_runelen(int32_t r);

/* slice.c */
void llgo_makeslice(GoSlice *out, int64_t len, int64_t cap, const LlgoType *elem);
void llgo_growslice(GoSlice *out, void *oldp, int64_t oldlen, int64_t oldcap, int64_t newlen, const LlgoType *elem);
int64_t llgo_slicecopy(void *dst, int64_t dstlen, const void *src, int64_t srclen, int64_t elemsize);

/* panic.c */
_Noreturn void llgo_panic(void *type, void *data);
_Noreturn void llgo_panicindex(int64_t x, int64_t len);
_Noreturn void llgo_panicindexu(uint64_t x, int64_t len);
_Noreturn void llgo_panicslice(int64_t lo, int64_t hi, int64_t cap);
_Noreturn void llgo_panicslicelen(int64_t lo, int64_t hi, int64_t len);
_Noreturn void llgo_panicslice3(int64_t lo, int64_t hi, int64_t max, int64_t cap);
_Noreturn void llgo_panicslice3len(int64_t lo, int64_t hi, int64_t max, int64_t len);
_Noreturn void llgo_panicsliceconvert(int64_t x, int64_t len);
_Noreturn void llgo_panicdivide(void);
_Noreturn void llgo_panicnilderef(void);
_Noreturn void llgo_panicshift(void);
_Noreturn void llgo_panicdottype(const LlgoType *have, const LlgoType *want, const LlgoType *iface);
_Noreturn void llgo_panicuncomparable(const LlgoType *t);
/* Internal: "panic: runtime error: " + msg, trace header, exit 2. */
_Noreturn void llgo_panicruntime(const char *msg);
/* Internal: "panic: " + msg, trace header, exit 2: gc's plainError run-time errors (a runtime.Error without the prefix). */
_Noreturn void llgo_panicplain(const char *msg);
/* Internal: panics with a *runtime.TypeAssertionError {iface, concrete, asserted, missing} (gc's fields; iface may be NULL). */
_Noreturn void llgo_panictypeassertion(const LlgoType *iface, const LlgoType *concrete, const LlgoType *asserted, GoString missing);
/* Internal: prints a panic value as gc's printpanicval does. */
void llgo_printpanicvalue(const LlgoType *t, const void *data);
/* Internal: the nil dereference run-time error with the given "[signal ...]\n" line (printed if not recovered). */
_Noreturn void llgo_panicmemory(const char *signal_line);
/* Internal: gc's panicmemAddr: the same text as a runtime.errorAddressString holding the faulting address. */
_Noreturn void llgo_panicmemoryaddr(const char *signal_line, uintptr_t addr);
/* Internal: "fatal error: " + msg, exit 2 (gc's throw). */
_Noreturn void llgo_fatal(const char *msg);
/* Internal: the "\ngoroutine 1 [running]:\n" trailer and exit status 2. */
_Noreturn void llgo_exitpanicking(void);

/* map.c */
void *llgo_makemap(const LlgoMapType *t, int64_t hint);
void *llgo_mapaccess(const LlgoMapType *t, void *m, const void *key);
void *llgo_mapassign(const LlgoMapType *t, void *m, const void *key);
void llgo_mapdelete(const LlgoMapType *t, void *m, const void *key);
int64_t llgo_maplen(void *m);
void llgo_mapiterinit(const LlgoMapType *t, void *m, LlgoMapIter *it);
bool llgo_mapiternext(LlgoMapIter *it);
uintptr_t llgo_memhash(const void *p, uintptr_t seed, uintptr_t size);
uintptr_t llgo_strhash(const void *p, uintptr_t seed);
uintptr_t llgo_f32hash(const void *p, uintptr_t seed);
uintptr_t llgo_f64hash(const void *p, uintptr_t seed);
uintptr_t llgo_c64hash(const void *p, uintptr_t seed);
uintptr_t llgo_c128hash(const void *p, uintptr_t seed);
uintptr_t llgo_nilinterhash(const void *p, uintptr_t seed);
uintptr_t llgo_interhash(const void *p, uintptr_t seed);

/* defer.c */
void llgo_deferpush(LlgoDeferFrame *frame);
void llgo_deferproc(LlgoDeferFrame *frame, void *code, void *ctx, void *callee);
void llgo_rundefers(LlgoDeferFrame *frame);
bool llgo_isdeferredcall(void *code);
void llgo_deferforward(void *wrapper, void *target);
GoEface llgo_recover(bool armed);
/* Internal: panics with the value (type, data): runs the deferred calls, longjmps to the
   function whose deferred call recovered it, or prints every panic, then trailer (when not
   NULL, e.g. gc's "[signal ...]" line) and the goroutine header, and exits 2. */
_Noreturn void llgo_gopanic(void *type, void *data, const char *trailer);

/* iface.c */
void *llgo_getitab(const LlgoInterfaceType *inter, const LlgoType *type, bool canfail);
/* Internal: the type's uncommon part, or NULL when it has no method table. */
const LlgoUncommonType *llgo_uncommon(const LlgoType *t);
/* Internal: the method of t named name with a func type whose string is sig ("func() string"), or NULL. */
const LlgoMethod *llgo_findmethod(const LlgoType *t, const char *name, const char *sig);

/* error.c */
/* Internal: the descriptor of a run-time error type. */
const LlgoType *llgo_errortype(LlgoErrorKind kind);
/* Internal: fills in the offsets of the run-time error descriptors; main calls it first. */
void llgo_errortypes_init(void);
/* Internal: whether t is one of the run-time error types (its data word points at Error()'s text). */
bool llgo_isruntimeerror(const LlgoType *t);

/* signal.c */
/* Internal: installs the SIGSEGV/SIGBUS/SIGFPE handlers that turn faults into Go panics. */
void llgo_signal_init(void);
/* Internal: gives the calling thread its own alternate signal stack. */
void llgo_signal_thread_init(void);

/* sched.c: goroutines on GOMAXPROCS threads (ABI.md "Goroutines and scheduling"). */
typedef struct LlgoSudog LlgoSudog;

/* gc's g (runtime/runtime2.go): one goroutine, its stack, and every piece of state it owns. */
typedef struct LlgoG {
    int64_t id;
    void *sp;                     /* saved stack pointer while not running; callee-saved registers above it */
    char *stack_lo, *stack_hi;    /* the goroutine's stack slot (stack.c) */
    int status;                   /* LlgoGStatus */
    const char *waitreason;       /* gc's waitReason text while waiting */
    struct LlgoG *schedlink;      /* run queue or free list */
    struct LlgoG *alllink;        /* every goroutine ever created (allgs) */
    void (*entry)(void *ctx);     /* the go statement's thunk and its environment */
    void *entry_ctx;
    /* defer.c */
    LlgoDeferFrame *defer_frames;
    struct LlgoPanic *panics;
    void *deferred_callee;
    /* chan.c, select.c: the wait in progress */
    LlgoSudog *param;             /* the sudog whose operation woke the goroutine */
    uint32_t selectdone;          /* a blocked select: set (atomically) by the case that wins */
} LlgoG;

typedef enum { LLGO_G_IDLE, LLGO_G_RUNNABLE, LLGO_G_RUNNING, LLGO_G_WAITING, LLGO_G_DEAD } LlgoGStatus;

/* A goroutine waiting on a channel (gc's sudog): in the channel's send or receive queue. */
struct LlgoSudog {
    LlgoG *g;
    void *elem;                   /* the value sent, or where the received value goes (may be NULL) */
    LlgoSudog *next, *prev;
    struct LlgoChan *c;
    bool is_select;
    bool success;                 /* the communication happened (false: woken by close) */
};

void llgo_go(void (*fn)(void *ctx), void *ctx);
void llgo_gosched(void);
_Noreturn void llgo_goexit(void);
int64_t llgo_numgoroutine(void);
int64_t llgo_gomaxprocs(int64_t n);
void llgo_entersyscall(void);
void llgo_exitsyscall(void);
/* Internal: the running goroutine (NULL on a scheduler thread's own stack). */
LlgoG *llgo_getg(void);
/* Internal: the running goroutine's id as gc prints it (1 when none). */
int64_t llgo_goid(void);
/* Internal: parks the running goroutine with gc's wait reason; once it is off its stack the
   scheduler calls unlock(arg) (when not NULL). It runs again after llgo_ready. */
void llgo_park(const char *reason, void (*unlock)(void *arg), void *arg);
/* Internal: makes a parked goroutine runnable. */
void llgo_ready(LlgoG *g);
/* Internal: ends the running goroutine (its deferred calls already ran). */
_Noreturn void llgo_goexit0(void);
/* Internal: a thread-local random number (gc's fastrand). */
uint32_t llgo_fastrand(void);
/* Internal: the scheduler's entry from main: runs main_fn as goroutine 1 on this and more threads. */
_Noreturn void llgo_sched_start(void (*main_fn)(void));
/* Internal: the world hooks for a garbage collector (ABI.md "Goroutines and scheduling"). */
void llgo_gc_stop_world(void);
void llgo_gc_start_world(void);
void llgo_gc_for_each_stack(void (*fn)(void *lo, void *hi, void *arg), void *arg);
void llgo_gc_for_each_record(void (*fn)(void *lo, void *hi, void *arg), void *arg);

/*
 * Thread-locals that runtime code inlined into Go code reads. A goroutine may resume on
 * another thread after any switch, and LLVM treats a thread-local's address as constant
 * within a function, so such variables are reached from the thread pointer read by a
 * volatile asm plus a fixed offset (recorded at start-up; static TLS offsets are the same
 * on every thread), never by their names.
 */
static inline char *llgo_thread_pointer(void) {
    char *tp;
    __asm__ volatile("movq %%fs:0, %0" : "=r"(tp));
    return tp;
}

/*
 * No-stop sections (ABI.md "Garbage collection", threads): while a thread is inside one (the
 * allocator's fast path, anything holding the heap lock), the collector's stop signal is
 * deferred to the section's end, so the world never stops with a half-updated allocation
 * cache or a held heap lock. Sections nest and must not block.
 */
typedef struct {
    int depth;
    volatile int deferred;      /* a stop signal arrived inside the section */
} LlgoNoStop;
extern intptr_t llgo_nostop_offset;
void llgo_nostop_stop_now(void);
/* Internal: record the thread-local offsets of the no-stop state and of the allocation cache; main calls them first. */
void llgo_nostop_init(void);
void llgo_alloc_init_thread_offsets(void);

static inline LlgoNoStop *llgo_nostop(void) {
    return (LlgoNoStop *)(llgo_thread_pointer() + llgo_nostop_offset);
}

static inline void llgo_nostop_enter(void) {
    llgo_nostop()->depth++;
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
}

static inline void llgo_nostop_exit(void) {
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    LlgoNoStop *ns = llgo_nostop();
    if (--ns->depth == 0 && __builtin_expect(ns->deferred, 0)) {
        llgo_nostop_stop_now();
    }
}

/* stack.c: goroutine stacks in reserved slots, with the split-stack limit word. */
/* Internal: a fresh or reused stack slot: *lo and *hi are its bounds. */
void llgo_stack_alloc(char **lo, char **hi);
void llgo_stack_free(char *lo);
/* Internal: sets this thread's split-stack limit (%fs:0x70) for a goroutine with stack bottom lo. */
void llgo_stack_setlimit(char *lo);
/* Internal: saves the callee-saved registers on the current stack, stores the stack pointer in
   *save and resumes the context whose stack pointer is next (sched.c's swapctx in assembly). */
void llgo_swapctx(void **save, void *next);
/* Internal: prepares a new stack so that llgo_swapctx to the result enters entry(); keep is
   stored in the frame (a pointer the goroutine will use, visible to a stack scan). */
void *llgo_stack_initctx(char *hi, void (*entry)(void), void *keep);

/* chan.c and select.c (ABI.md "Channels and select"). */
typedef struct LlgoChan LlgoChan;
void *llgo_makechan(const LlgoType *elem, int64_t size);
void llgo_chansend(void *c, const void *elem);
void llgo_chanrecv(void *c, void *elem);
bool llgo_chanrecv2(void *c, void *elem);
void llgo_closechan(void *c);
int64_t llgo_chanlen(void *c);
int64_t llgo_chancap(void *c);
/* One case of a select statement: a frame array of compiled code (ABI.md). */
typedef struct {
    void *c;
    void *elem;       /* the value to send, or where to receive */
    int64_t dir;      /* LLGO_SELECT_SEND or LLGO_SELECT_RECV */
} LlgoSelectCase;
enum { LLGO_SELECT_SEND = 1, LLGO_SELECT_RECV = 2 };
int64_t llgo_select(LlgoSelectCase *cases, int64_t ncases, bool block, bool *recv_ok);

/* traceback.c */
/* A PC's source position from the line tables: file (absolute, or relative to dir when dir is not NULL) and line. */
typedef struct {
    const char *file;
    const char *dir;
    int64_t line;
} LlgoPcLine;
/* Internal: the file and line of the instruction at pc (a Go function's code); false when the tables have none. */
bool llgo_pcline(uintptr_t pc, LlgoPcLine *out);
/* A call inlined at a PC: the inlined function's name and the position of the call. */
typedef struct {
    const char *name;
    LlgoPcLine call;
} LlgoInlinedCall;
/* Internal: the calls inlined at pc, outermost first (at most max); 0 when none. */
int llgo_pcinlined(uintptr_t pc, LlgoInlinedCall *calls, int max);
/* Internal: the symbol of the function containing pc and its entry address; false when unknown. */
bool llgo_pcfunc(uintptr_t pc, const char **name, uintptr_t *entry);
/* Internal: prints the calling goroutine's frames as gc's traceback does. */
void llgo_printtraceback(void);
/* Internal: the faulting PC a fault handler made the return address of a panic (looked up as it is). */
extern uintptr_t llgo_sigpanic_pc;

/* main.c */
extern int llgo_argc;
extern char **llgo_argv;

#endif
