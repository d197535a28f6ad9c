/*
 * world.c: the collector's view of the program's threads (ABI.md "Garbage collection"):
 * stopping and restarting the world and enumerating the stacks to scan. These are the
 * single-threaded defaults: there is nothing to stop, and the one stack is the calling
 * thread's, from its stack pointer (after spilling the callee-saved registers into this
 * frame with __builtin_unwind_init, so a pointer held only in a register is seen) to the
 * top of its stack as pthread_getattr_np reports it. The scheduler replaces this file
 * with its own implementation of the same three functions.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>

#include "llgo.h"

static uintptr_t stack_lo, stack_top;

void llgo_gc_stop_world(void) {
}

void llgo_gc_start_world(void) {
}

static void find_thread_stack(void) {
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0 || pthread_attr_getstack(&attr, &addr, &size) != 0) {
        llgo_fatal("runtime: cannot find the stack to scan");
    }
    pthread_attr_destroy(&attr);
    stack_lo = (uintptr_t)addr;
    stack_top = (uintptr_t)addr + size;
}

__attribute__((noinline)) void llgo_gc_for_each_stack(void (*fn)(void *lo, void *hi, void *arg), void *arg) {
    __builtin_unwind_init();
    jmp_buf regs;       /* belt and braces: the registers again, in this frame */
    setjmp(regs);
    if (stack_top == 0) {
        find_thread_stack();
    }
    /* the lowest local: below the registers the prologue saved (no inline assembly: the
       in-process object emitters of the tests have no assembly parser) */
    uintptr_t sp = (uintptr_t)&regs < (uintptr_t)&arg ? (uintptr_t)&regs : (uintptr_t)&arg;
    if (sp < stack_lo || sp >= stack_top) {
        llgo_fatal("runtime: garbage collection on an unknown stack");
    }
    fn((void *)sp, (void *)stack_top, arg);
}
