/*
 * stack.c: goroutine stacks (ABI.md "Goroutine stacks"; gc's runtime/stack.go sets the 1e9-byte
 * limit we keep). Every goroutine owns a 1 GiB slot carved from large MAP_NORESERVE
 * reservations, so only the pages a goroutine touches cost memory, adjacent reservations merge
 * into few VMAs, and no guard page (an mprotect that splits a VMA) is needed. Overflow is
 * caught by the split-stack protocol of LLVM's "split-stack" attribute, which codegen gives
 * every Go function: the prologue compares %rsp (less the frame size) with the limit word at
 * %fs:0x70 of the thread control block, which the scheduler sets to the running goroutine's
 * stack bottom plus a slack for the runtime's C code (not split-stack) below a Go frame. On
 * failure the prologue calls __morestack; ours does not grow the stack: it reports gc's
 * "goroutine stack exceeds 1000000000-byte limit" and "fatal error: stack overflow" (exit 2).
 * The slot also holds the goroutine's initial context for llgo_swapctx, the context switch.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <sys/mman.h>

#include "llgo.h"

enum {
    /* Room below the limit for runtime C code called from the deepest Go frame. */
    STACK_SLACK = 256 * 1024,
    SLOTS_PER_RESERVATION = 64
};
static const uint64_t SLOT_SIZE = (uint64_t)1 << 30;

/* Freed slots (their lowest word links them) and the unused rest of the last reservation. */
static pthread_mutex_t stack_lock = PTHREAD_MUTEX_INITIALIZER;
static char *free_slots;
static char *reserve_next, *reserve_end;

void llgo_stack_alloc(char **lo, char **hi) {
    pthread_mutex_lock(&stack_lock);
    char *slot = free_slots;
    if (slot != NULL) {
        free_slots = *(char **)slot;
        *(char **)slot = NULL;
    } else {
        if (reserve_next == reserve_end) {
            size_t size = SLOT_SIZE * SLOTS_PER_RESERVATION;
            void *r = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
            if (r == MAP_FAILED) {
                pthread_mutex_unlock(&stack_lock);
                llgo_fatal("runtime: cannot allocate goroutine stack");
            }
            reserve_next = r;
            reserve_end = reserve_next + size;
        }
        slot = reserve_next;
        reserve_next += SLOT_SIZE;
    }
    pthread_mutex_unlock(&stack_lock);
    *lo = slot;
    *hi = slot + SLOT_SIZE;
}

void llgo_stack_free(char *lo) {
    pthread_mutex_lock(&stack_lock);
    *(char **)lo = free_slots;
    free_slots = lo;
    pthread_mutex_unlock(&stack_lock);
}

void llgo_stack_setlimit(char *lo) {
    uintptr_t limit = lo == NULL ? 0 : (uintptr_t)lo + STACK_SLACK;
    __asm__ volatile("movq %0, %%fs:0x70" : : "r"(limit) : "memory");
}

/* Called by __morestack on a stack aligned for a call; never returns. */
_Noreturn __attribute__((used)) void llgo_stack_overflow(void) {
    llgo_printcstr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
    llgo_fatal("stack overflow");
}

/*
 * LLVM's split-stack lowering of a dynamic alloca (a VLA of the runtime's C inlined into Go
 * code) calls this when the allocation would pass the limit: libgcc's allocates elsewhere,
 * ours reports the overflow.
 */
__attribute__((used)) void *__morestack_allocate_stack_space(size_t size) {
    (void)size;
    llgo_stack_overflow();
}

/*
 * __morestack is called by a split-stack prologue whose check failed (%rsp near the limit,
 * r10 = frame size, r11 = argument size): it reports the overflow. lld rewrites the prologue
 * of a function that calls code without split-stack prologues (libc) to call
 * __morestack_non_split always (small frames) or when 16 KiB more than the frame does not fit:
 * as libgcc's, it checks for the frame plus 16 KiB and, when they fit, returns past the
 * prologue's "ret" into the function body; otherwise it is the overflow. llgo_swapctx saves rbp, rbx,
 * r12-r15 and the MXCSR / x87 control words on the current stack, stores %rsp in *save,
 * switches to next and restores the same from there. llgo_gostart is where a new goroutine's
 * first switch lands: it calls the scheduler's goroutine entry with an aligned stack.
 */
__asm__(
    ".pushsection llgo_runtime_text,\"ax\",@progbits\n"
    ".globl __morestack_non_split\n"
    ".type __morestack_non_split,@function\n"
    "__morestack_non_split:\n"
    "    pushq %rax\n"
    "    movq %rsp, %rax\n"
    "    subq %r10, %rax\n"
    "    subq $0x4000, %rax\n"
    "    cmpq %fs:0x70, %rax\n"
    "    jb 1f\n"
    "    movq 8(%rsp), %rax\n"
    "    incq %rax\n"
    "    movq %rax, 8(%rsp)\n"
    "    popq %rax\n"
    "    ret\n"
    "1:  popq %rax\n"
    ".size __morestack_non_split, .-__morestack_non_split\n"
    ".globl __morestack\n"
    ".type __morestack,@function\n"
    "__morestack:\n"
    "    andq $-16, %rsp\n"
    "    call llgo_stack_overflow\n"
    "    ud2\n"
    ".size __morestack, .-__morestack\n"
    ".globl llgo_swapctx\n"
    ".type llgo_swapctx,@function\n"
    "llgo_swapctx:\n"
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    subq $8, %rsp\n"
    "    stmxcsr (%rsp)\n"
    "    fnstcw 4(%rsp)\n"
    "    movq %rsp, (%rdi)\n"
    "    movq %rsi, %rsp\n"
    "    ldmxcsr (%rsp)\n"
    "    fldcw 4(%rsp)\n"
    "    addq $8, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    ".size llgo_swapctx, .-llgo_swapctx\n"
    ".type llgo_gostart,@function\n"
    "llgo_gostart:\n"
    "    andq $-16, %rsp\n"
    "    call *%rbx\n"
    "    ud2\n"
    ".size llgo_gostart, .-llgo_gostart\n"
    ".popsection\n");

extern void llgo_gostart(void);

/*
 * The frame llgo_swapctx pops: control words, r15..rbp (rbx holds entry), the return
 * address; above it keep, so that a conservative scan of [sp, hi) sees it before the
 * goroutine runs.
 */
void *llgo_stack_initctx(char *hi, void (*entry)(void), void *keep) {
    uint64_t *sp = (uint64_t *)((uintptr_t)hi & ~(uintptr_t)15) - 10;
    uint32_t mxcsr = 0x1f80;
    uint16_t fcw = 0x37f;
    sp[0] = (uint64_t)mxcsr | ((uint64_t)fcw << 32);
    sp[1] = 0;                          /* r15 */
    sp[2] = 0;                          /* r14 */
    sp[3] = 0;                          /* r13 */
    sp[4] = 0;                          /* r12 */
    sp[5] = (uint64_t)(uintptr_t)entry; /* rbx */
    sp[6] = 0;                          /* rbp */
    sp[7] = (uint64_t)(uintptr_t)llgo_gostart;
    sp[8] = (uint64_t)(uintptr_t)keep;
    sp[9] = 0;
    return sp;
}
