/*
 * signal.c: hardware faults become gc's panics (runtime/signal_unix.go, runtime/
 * signal_amd64.go preparePanic and sigpanic, runtime/panic.go). A SIGSEGV or SIGBUS below
 * the first 4 KiB in compiled Go code is a nil dereference: as gc's preparePanic does, the
 * handler edits the saved context so that, when it returns, the thread seems to have called
 * a runtime function from the faulting instruction, and that function raises the
 * recoverable run-time error "invalid memory address or nil pointer dereference", whose
 * gc line "[signal SIGSEGV: segmentation violation code=.. addr=0x0 pc=..]" is printed only
 * if it is not recovered (gc's nil checks probe the base pointer, so gc reports addr=0x0
 * even for a field at an offset; we do the same). A fault at any other address in Go code
 * (not near the stack pointer) is the same recoverable error as gc raises it under
 * debug.SetPanicOnFault (panicmemAddr: a runtime.errorAddressString, the real address in
 * the signal line). A SIGFPE in Go code is likewise the recoverable "integer divide by
 * zero". A fault in the runtime's own C code or on the alternate signal stack stays fatal
 * with gc's text: a nil dereference printed and exited at once, any other fault is gc's
 * "unexpected fault address"; a fault near the stack pointer is gc's stack overflow. The
 * handlers run on an alternate signal stack (one per thread: llgo_signal_thread_init) so that stack
 * overflow can be reported; returning from a handler restores the interrupted signal mask,
 * so the signal is unblocked again when the redirected function runs.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <ucontext.h>

#include "llgo.h"

enum {
    NIL_PAGE = 0x1000,
    ALT_STACK_SIZE = 64 * 1024,
    STACK_GUARD_REACH = 1 << 20,
    RED_ZONE = 128
};

/* Bounds of the runtime's code, defined by the linker for the section llgo.h names. */
extern const char __start_llgo_runtime_text[];
extern const char __stop_llgo_runtime_text[];

/* The "[signal ...]\n" line of the fault being turned into a panic, per thread. */
static _Thread_local char signal_line[128];

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

static size_t append_text(size_t n, const char *s) {
    while (*s != '\0' && n + 1 < sizeof signal_line) {
        signal_line[n++] = *s++;
    }
    return n;
}

/* Appends v as print's hex does ("0x" and lowercase digits, no leading zeros). */
static size_t append_hex(size_t n, uint64_t v) {
    char digits[19];
    int i = sizeof digits;
    digits[--i] = '\0';
    do {
        digits[--i] = "0123456789abcdef"[v % 16];
        v /= 16;
    } while (v != 0);
    n = append_text(n, "0x");
    return append_text(n, digits + i);
}

/* The faulting address of the fault being turned into a panic (one thread). */
static uint64_t fault_address;

/* Formats the signal line into signal_line, with async-signal-safe code only. */
static void record_signal_line(int sig, const siginfo_t *info, uint64_t addr, uint64_t pc) {
    size_t n = append_text(0, "[signal ");
    n = append_text(n, signal_description(sig));
    n = append_text(n, " code=");
    n = append_hex(n, (uint64_t)(int64_t)info->si_code);
    n = append_text(n, " addr=");
    n = append_hex(n, addr);
    n = append_text(n, " pc=");
    n = append_hex(n, pc);
    n = append_text(n, "]\n");
    signal_line[n] = '\0';
}

/* Entered, as if called by the faulting instruction, when a nil dereference faulted in Go code. */
_Noreturn static void sigpanic_memory(void) {
    llgo_panicmemory(signal_line);
}

/* Entered, as if called by the faulting instruction, when Go code faulted at any other address. */
_Noreturn static void sigpanic_address(void) {
    llgo_panicmemoryaddr(signal_line, (uintptr_t)fault_address);
}

/* Entered, as if called by the faulting instruction, when a division faulted in Go code. */
_Noreturn static void sigpanic_divide(void) {
    llgo_panicdivide();
}

/* Whether sp is on this thread's alternate signal stack (each thread has its own). */
static bool on_alt_stack(uint64_t sp) {
    stack_t alt_stack;
    if (sigaltstack(NULL, &alt_stack) != 0) {
        return false;
    }
    uint64_t base = (uint64_t)(uintptr_t)alt_stack.ss_sp;
    return base != 0 && sp >= base && sp < base + alt_stack.ss_size;
}

static bool in_runtime_code(uint64_t pc) {
    return pc >= (uint64_t)(uintptr_t)__start_llgo_runtime_text && pc < (uint64_t)(uintptr_t)__stop_llgo_runtime_text;
}

/*
 * The PC the fault is reported at: the faulting instruction, or, when the fault is the
 * fetch of a call through a nil code pointer, the return address that call pushed.
 */
static uint64_t fault_pc(const ucontext_t *uc) {
    uint64_t pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
    if (pc < NIL_PAGE) {
        return *(const uint64_t *)(uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    }
    return pc;
}

/* Whether the fault can become a panic: it happened in compiled Go code on the goroutine's stack. */
static bool in_go_code(const ucontext_t *uc) {
    uint64_t sp = (uint64_t)uc->uc_mcontext.gregs[REG_RSP];
    if (on_alt_stack(sp)) {
        return false;
    }
    return !in_runtime_code(fault_pc(uc));
}

/*
 * Makes the interrupted thread resume in target as if the faulting instruction had called
 * it (gc's preparePanic): the reported PC becomes target's return address, pushed below
 * the interrupted code's red zone, with the stack aligned as the SysV ABI requires at a
 * function's entry ((rsp + 8) % 16 == 0). A fetch fault of a call through a nil pointer
 * already has its return address on the stack, at the entry alignment.
 */
static void redirect(ucontext_t *uc, void (*target)(void)) {
    greg_t *regs = uc->uc_mcontext.gregs;
    uint64_t pc = (uint64_t)regs[REG_RIP];
    if (pc >= NIL_PAGE) {
        uint64_t sp = (((uint64_t)regs[REG_RSP] - RED_ZONE) & ~(uint64_t)15) - 8;
        *(uint64_t *)(uintptr_t)sp = pc;
        regs[REG_RSP] = (greg_t)sp;
        llgo_sigpanic_pc = (uintptr_t)pc;
    }
    regs[REG_RIP] = (greg_t)(uintptr_t)target;
}

static void on_fault(int sig, siginfo_t *info, void *context) {
    ucontext_t *uc = context;
    uint64_t pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
    uint64_t sp = (uint64_t)uc->uc_mcontext.gregs[REG_RSP];
    uint64_t addr = (uint64_t)(uintptr_t)info->si_addr;

    if (addr < NIL_PAGE) {
        if (in_go_code(uc)) {
            record_signal_line(sig, info, 0, fault_pc(uc));
            redirect(uc, sigpanic_memory);
            return;
        }
        llgo_printcstr("panic: runtime error: invalid memory address or nil pointer dereference\n");
        print_signal_line(sig, info, 0, pc);
        llgo_exitpanicking();
    }
    if (addr < sp + STACK_GUARD_REACH && addr + STACK_GUARD_REACH > sp) {
        llgo_printcstr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
        llgo_fatal("stack overflow");
    }
    if (in_go_code(uc)) {
        fault_address = addr;
        record_signal_line(sig, info, addr, fault_pc(uc));
        redirect(uc, sigpanic_address);
        return;
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
    ucontext_t *uc = context;
    if (in_go_code(uc)) {
        redirect(uc, sigpanic_divide);
        return;
    }
    llgo_panicdivide();
}

static void install(int sig, void (*handler)(int, siginfo_t *, void *)) {
    struct sigaction action = {0};
    action.sa_sigaction = handler;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

void llgo_signal_thread_init(void) {
    stack_t alt_stack = {.ss_sp = malloc(ALT_STACK_SIZE), .ss_size = ALT_STACK_SIZE};
    if (alt_stack.ss_sp != NULL) {
        sigaltstack(&alt_stack, NULL);
    }
}

void llgo_signal_init(void) {
    install(SIGSEGV, on_fault);
    install(SIGBUS, on_fault);
    install(SIGFPE, on_arithmetic_fault);
}
