/*
 * world.c: stopping the world for a garbage collector and walking the goroutine stacks
 * (ABI.md "Goroutines and scheduling": llgo_gc_stop_world, llgo_gc_start_world,
 * llgo_gc_for_each_stack), in the manner of gc's stopTheWorld (runtime/proc.go) but with
 * signals, as conservative collectors for C stop threads: there are no safe points in
 * compiled code. The collector holds the scheduler lock from stop to start, so no goroutine
 * is started, readied or created meanwhile, and sends SIG_STOP to every other thread running
 * a goroutine. The handler runs on the goroutine's stack (not the alternate stack), so the
 * interrupted registers, saved there by the kernel, lie inside the range scanned; it records
 * its stack pointer, acknowledges, and waits in sigsuspend for SIG_RESUME of a later epoch.
 * Threads not running a goroutine are in the scheduler and cannot take one while the
 * collector holds the lock.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>

#include "llgo.h"
#include "sched_internal.h"

enum { SIG_STOP = SIGPWR, SIG_RESUME = SIGXCPU };

static pthread_mutex_t collector_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t handlers_once = PTHREAD_ONCE_INIT;
static sem_t stop_acks;
/* Odd while the world is stopped; each stop and each start increments it. */
static volatile uint64_t world_epoch;

static _Thread_local LlgoNoStop nostop_tls;
intptr_t llgo_nostop_offset;

/* Called first by main (the runtime's bitcode has no constructors: the program link drops them). */
void llgo_nostop_init(void) {
    llgo_nostop_offset = (char *)&nostop_tls - llgo_thread_pointer();
}

/*
 * Acknowledges the stop and waits for the start of the world. Precondition: SIG_RESUME is
 * blocked (so a resume between the epoch check and sigsuspend is not lost).
 */
static __attribute__((noinline)) void wait_stopped(void) {
    __builtin_unwind_init();
    uint64_t epoch = __atomic_load_n(&world_epoch, __ATOMIC_SEQ_CST);
    volatile char here = 0;
    llgo_getm()->stopped_sp = (void *)&here;
    sem_post(&stop_acks);
    sigset_t wait_mask;
    sigfillset(&wait_mask);
    sigdelset(&wait_mask, SIG_RESUME);
    while (__atomic_load_n(&world_epoch, __ATOMIC_SEQ_CST) == epoch) {
        sigsuspend(&wait_mask);
    }
}

/* Runs with SIG_RESUME blocked (sa_mask). Inside a no-stop section, the stop waits for its end. */
static void on_stop(int sig, siginfo_t *info, void *context) {
    (void)sig;
    (void)info;
    (void)context;
    int saved_errno = errno;
    LlgoNoStop *ns = llgo_nostop();
    if (ns->depth > 0) {
        ns->deferred = 1;
    } else {
        wait_stopped();
    }
    errno = saved_errno;
}

/* The end of a no-stop section during which the stop signal arrived: stop here. */
void llgo_nostop_stop_now(void) {
    llgo_nostop()->deferred = 0;
    sigset_t resume, old;
    sigemptyset(&resume);
    sigaddset(&resume, SIG_RESUME);
    pthread_sigmask(SIG_BLOCK, &resume, &old);
    wait_stopped();
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

static void on_resume(int sig) {
    (void)sig;
}

static void install_handlers(void) {
    sem_init(&stop_acks, 0, 0);
    struct sigaction stop = {0};
    stop.sa_sigaction = on_stop;
    stop.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&stop.sa_mask);
    sigaddset(&stop.sa_mask, SIG_RESUME);
    sigaction(SIG_STOP, &stop, NULL);
    struct sigaction resume = {0};
    resume.sa_handler = on_resume;
    resume.sa_flags = SA_RESTART;
    sigemptyset(&resume.sa_mask);
    sigaction(SIG_RESUME, &resume, NULL);
}

void llgo_gc_stop_world(void) {
    pthread_once(&handlers_once, install_handlers);
    pthread_mutex_lock(&collector_lock);
    pthread_mutex_lock(&llgo_sched_lock);
    __atomic_add_fetch(&world_epoch, 1, __ATOMIC_SEQ_CST);
    LlgoM *self = llgo_getm();
    int signalled = 0;
    for (LlgoM *m = llgo_allms; m != NULL; m = m->alllink) {
        m->stopped_sp = NULL;
        m->stopped = m != self && m->curg != NULL && pthread_kill(m->thread, SIG_STOP) == 0;
        signalled += m->stopped;
    }
    while (signalled > 0) {
        if (sem_wait(&stop_acks) == 0) {
            signalled--;
        } else if (errno != EINTR) {
            llgo_fatal("stop the world: sem_wait failed");
        }
    }
}

void llgo_gc_start_world(void) {
    __atomic_add_fetch(&world_epoch, 1, __ATOMIC_SEQ_CST);
    for (LlgoM *m = llgo_allms; m != NULL; m = m->alllink) {
        if (m->stopped) {
            pthread_kill(m->thread, SIG_RESUME);
            m->stopped = false;
        }
    }
    pthread_mutex_unlock(&llgo_sched_lock);
    pthread_mutex_unlock(&collector_lock);
}

/* The lowest address of g's stack in use: from where its thread stopped, or where it last switched away. */
static char *stack_top_of(const LlgoG *g) {
    for (LlgoM *m = llgo_allms; m != NULL; m = m->alllink) {
        char *sp = m->stopped_sp;
        if (m->stopped && m->curg == g && sp >= g->stack_lo && sp < g->stack_hi) {
            return sp;
        }
    }
    return g->sp;
}

/*
 * Precondition: the world is stopped (between llgo_gc_stop_world and llgo_gc_start_world).
 * The caller's callee-saved registers are spilled into this frame first, so that its own
 * stack range, from here up, holds every pointer the running goroutine has.
 */
void llgo_gc_for_each_stack(void (*fn)(void *lo, void *hi, void *arg), void *arg) {
    __builtin_unwind_init();
    volatile char here = 0;
    LlgoG *self = llgo_getg();
    for (LlgoG *g = llgo_allgs; g != NULL; g = g->alllink) {
        if (g->status == LLGO_G_DEAD || g->status == LLGO_G_IDLE) {
            continue;
        }
        char *lo = g == self ? (char *)&here : stack_top_of(g);
        fn(lo, g->stack_hi, arg);
    }
}

/*
 * Reports to fn the scheduler's own records of every live goroutine: C memory (calloc) that
 * holds heap pointers the collector must see, such as a go statement's environment before the
 * goroutine first runs. Precondition: the world is stopped.
 */
void llgo_gc_for_each_record(void (*fn)(void *lo, void *hi, void *arg), void *arg) {
    for (LlgoG *g = llgo_allgs; g != NULL; g = g->alllink) {
        if (g->status != LLGO_G_DEAD && g->status != LLGO_G_IDLE) {
            fn((void *)g, (void *)(g + 1), arg);
        }
    }
}
