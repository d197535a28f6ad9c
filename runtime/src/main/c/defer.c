/*
 * defer.c: defer, panic and recover (Go spec "Defer statements", "Handling panics"), with
 * setjmp/longjmp in place of gc's stack unwinding (runtime/panic.go gopanic, deferreturn,
 * gorecover, printpanics). A function that contains defer statements owns a defer frame
 * (LlgoDeferFrame, an alloca of compiled code, ABI.md "defer, panic and recover"): it pushes
 * the frame at entry, calls _setjmp on it, and registers each deferred call as a closure.
 * A panic runs the deferred calls of the frames from the top; when one of them recovers, the
 * runtime longjmps to the frame's function, which runs its remaining deferred calls and
 * returns its named results. recover() sees the panic only in a function the panic called
 * directly as a deferred call (gc's argp rule, approximated by the code address the
 * deferred call was registered with, which a wrapper passes on to the method it calls).
 * All of this state belongs to the running goroutine.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>

#include "llgo.h"

_Static_assert(sizeof(LlgoDeferFrame) <= LLGO_DEFER_FRAME_SIZE, "defer frame fits the frame compiled code reserves");
_Static_assert(offsetof(LlgoDeferFrame, jb) == 0, "the jmp_buf opens the frame");

/* One deferred call: the thunk (Go convention, no parameters) and its context. */
typedef struct LlgoDefer {
    struct LlgoDefer *link;
    void (*code)(void *ctx);
    void *ctx;
    void *callee;
} LlgoDefer;

/* gc's _panic: the value, whether recover returned it, the panic it interrupted. */
typedef struct LlgoPanic {
    struct LlgoPanic *link;
    void *type;
    void *data;
    bool recovered;
} LlgoPanic;

/*
 * The state lives in the running goroutine (LlgoG, sched.c): its defer frames, its panics,
 * and the code address of the deferred call a panic is making, until that function claims it.
 */

void llgo_deferpush(LlgoDeferFrame *frame) {
    LlgoG *g = llgo_getg();
    frame->prev = g->defer_frames;
    frame->defers = NULL;
    g->defer_frames = frame;
}

void llgo_deferproc(LlgoDeferFrame *frame, void *code, void *ctx, void *callee) {
    LlgoDefer *d = llgo_alloc(sizeof(LlgoDefer));
    d->link = frame->defers;
    d->code = (void (*)(void *))code;
    d->ctx = ctx;
    d->callee = callee;
    frame->defers = d;
}

void llgo_rundefers(LlgoDeferFrame *frame) {
    LlgoG *g = llgo_getg();
    LlgoDefer *d;
    while ((d = frame->defers) != NULL) {
        frame->defers = d->link;
        g->deferred_callee = NULL;
        d->code(d->ctx);
    }
    g->defer_frames = frame->prev;
}

bool llgo_isdeferredcall(void *code) {
    LlgoG *g = llgo_getg();
    if (code == NULL || code != g->deferred_callee) {
        return false;
    }
    g->deferred_callee = NULL;
    return true;
}

void llgo_deferforward(void *wrapper, void *target) {
    LlgoG *g = llgo_getg();
    if (wrapper != NULL && wrapper == g->deferred_callee) {
        g->deferred_callee = target;
    }
}

GoEface llgo_recover(bool armed) {
    GoEface none = {NULL, NULL};
    LlgoPanic *p = llgo_getg()->panics;
    if (!armed || p == NULL || p->recovered) {
        return none;
    }
    p->recovered = true;
    return (GoEface){p->type, p->data};
}

/* gc's printpanics: the oldest panic first, each later one on a line starting with a tab. */
static void print_panics(const LlgoPanic *p) {
    if (p->link != NULL) {
        print_panics(p->link);
        llgo_printcstr("\t");
    }
    llgo_printcstr("panic: ");
    llgo_printpanicvalue(p->type, p->data);
    if (p->recovered) {
        llgo_printcstr(" [recovered]");
    }
    llgo_printcstr("\n");
}

_Noreturn void llgo_gopanic(void *type, void *data, const char *trailer) {
    LlgoG *g = llgo_getg();
    LlgoPanic p = {g->panics, type, data, false};
    g->panics = &p;
    LlgoDeferFrame *f;
    while ((f = g->defer_frames) != NULL) {
        LlgoDefer *d = f->defers;
        if (d == NULL) {
            g->defer_frames = f->prev;
            continue;
        }
        f->defers = d->link;
        g->deferred_callee = d->callee;
        d->code(d->ctx);
        g->deferred_callee = NULL;
        if (p.recovered) {
            /* Drop this panic and every panic raised below the recovering function. */
            while (g->panics != NULL && (uintptr_t)g->panics < (uintptr_t)f) {
                g->panics = g->panics->link;
            }
            longjmp(f->jb, 1);
        }
    }
    print_panics(&p);
    if (trailer != NULL) {
        llgo_printcstr(trailer);
    }
    llgo_exitpanicking();
}

/* gc's Goexit: runs every deferred call of the goroutine (recover returns nil in them), then ends it. */
_Noreturn void llgo_goexit(void) {
    LlgoG *g = llgo_getg();
    LlgoDeferFrame *f;
    while ((f = g->defer_frames) != NULL) {
        LlgoDefer *d = f->defers;
        if (d == NULL) {
            g->defer_frames = f->prev;
            continue;
        }
        f->defers = d->link;
        g->deferred_callee = NULL;
        d->code(d->ctx);
    }
    llgo_goexit0();
}
