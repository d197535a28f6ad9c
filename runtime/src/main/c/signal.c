/*
 * signal.c: hardware faults in compiled code become gc's panics (runtime/signal_unix.go
 * sigpanic and runtime/panic.go). A SIGSEGV or SIGBUS below the first 4 KiB is a nil
 * dereference and prints "panic: runtime error: invalid memory address or nil pointer
 * dereference" with gc's "[signal SIGSEGV: segmentation violation code=.. addr=0x0 pc=..]"
 * line (gc's nil checks probe the base pointer, so gc reports addr=0x0 even for a field
 * at an offset; we do the same); a fault near the stack pointer is reported as gc's
 * stack overflow; any other
 * fault is gc's "unexpected fault address". A SIGFPE is an integer division by zero.
 * The handlers run on an alternate signal stack so that stack overflow can be reported.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <ucontext.h>

#include "llgo.h"

enum {
    NIL_PAGE = 0x1000,
    ALT_STACK_SIZE = 64 * 1024,
    STACK_GUARD_REACH = 1 << 20
};

static const char *signal_description(int sig) {
    return sig == SIGBUS ? "SIGBUS: bus error" : "SIGSEGV: segmentation violation";
}

static void print_signal_line(int sig, const siginfo_t *info, uint64_t addr, uint64_t pc) {
    llgo_printcstr("[signal ");
    llgo_printcstr(signal_description(sig));
    llgo_printcstr(" code=");
    llgo_printhex((uint64_t)(int64_t)info->si_code);
    llgo_printcstr(" addr=");
    llgo_printhex(addr);
    llgo_printcstr(" pc=");
    llgo_printhex(pc);
    llgo_printcstr("]\n");
}

static void on_fault(int sig, siginfo_t *info, void *context) {
    const ucontext_t *uc = context;
    uint64_t pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
    uint64_t sp = (uint64_t)uc->uc_mcontext.gregs[REG_RSP];
    uint64_t addr = (uint64_t)(uintptr_t)info->si_addr;

    if (addr < NIL_PAGE) {
        llgo_printcstr("panic: runtime error: invalid memory address or nil pointer dereference\n");
        print_signal_line(sig, info, 0, pc);
        llgo_exitpanicking();
    }
    if (addr < sp + STACK_GUARD_REACH && addr + STACK_GUARD_REACH > sp) {
        llgo_printcstr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        llgo_fatal("stack overflow");
    }
    llgo_printcstr("unexpected fault address ");
    llgo_printpointer(info->si_addr);
    llgo_printcstr("\nfatal error: fault\n");
    print_signal_line(sig, info, addr, pc);
    llgo_exitpanicking();
}

static void on_arithmetic_fault(int sig, siginfo_t *info, void *context) {
    (void)sig;
    (void)info;
    (void)context;
    llgo_panicdivide();
}

static void install(int sig, void (*handler)(int, siginfo_t *, void *)) {
    struct sigaction action = {0};
    action.sa_sigaction = handler;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

void llgo_signal_init(void) {
    stack_t alt = {0};
    alt.ss_sp = malloc(ALT_STACK_SIZE);
    alt.ss_size = ALT_STACK_SIZE;
    if (alt.ss_sp != NULL) {
        sigaltstack(&alt, NULL);
    }
    install(SIGSEGV, on_fault);
    install(SIGBUS, on_fault);
    install(SIGFPE, on_arithmetic_fault);
}
