/*
 * sched.c: goroutines multiplexed on GOMAXPROCS OS threads (ABI.md "Goroutines and
 * scheduling"), after gc's runtime/proc.go (newproc, gopark/goready, Gosched, Goexit,
 * checkdead, entersyscall/exitsyscall) with one global run queue instead of per-P queues.
 * Each thread (an M) runs a scheduler loop on its own pthread stack (its g0) and switches to
 * goroutines with llgo_swapctx; a goroutine that parks, yields or ends switches back to the
 * loop, which then finishes what the goroutine asked for (releases a channel lock, requeues
 * it, frees it) once the goroutine is off its stack, so no wakeup can race with the switch.
 * At most GOMAXPROCS threads run goroutines at once ("procs"); a goroutine entering a
 * blocking system call gives its proc up, and a thread is started when a goroutine is
 * runnable, no thread is idle and a proc is free. When no proc is busy, no thread is in a
 * system call and nothing is runnable, every goroutine is blocked: gc's deadlock error.
 * A goroutine readied by a running one runs next on that thread (gc's runnext; ABI.md).
 * There is no preemption: a goroutine runs until it blocks, yields or ends.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "llgo.h"
#include "sched_internal.h"

pthread_mutex_t llgo_sched_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work_cond = PTHREAD_COND_INITIALIZER;   /* idle threads wait for a runnable goroutine */
static pthread_cond_t proc_cond = PTHREAD_COND_INITIALIZER;   /* threads leaving a system call wait for a proc */
static LlgoG *runq_head, *runq_tail;
static LlgoG *free_gs;
LlgoG *llgo_allgs;
static LlgoG *allgs_tail;
LlgoM *llgo_allms;
static int gomaxprocs;
static int procs_busy, threads_idle, threads_starting, threads_in_syscall;
static int threads_spinning;    /* threads looking for work, not yet idle */
static int64_t goroutines_live;
/* gc's ids: 1 is main, 2-4 are gc's system goroutines (forcegc, bgsweep, bgscavenge). */
static int64_t next_goid = 5;
static LlgoG *main_g;
static bool main_goexited;

/*
 * The running thread's M. The thread-local's address is computed inside a volatile asm from
 * the thread pointer, so the optimizer cannot reuse an address computed on another thread
 * before a goroutine migrated across a context switch.
 */
static _Thread_local LlgoM *this_m;
static intptr_t this_m_offset;

static char *thread_pointer(void) {
    char *tp;
    __asm__ volatile("movq %%fs:0, %0" : "=r"(tp));
    return tp;
}

LlgoM *llgo_getm(void) {
    if (this_m_offset == 0) {
        return NULL;    /* before the scheduler started */
    }
    return *(LlgoM *volatile *)(thread_pointer() + this_m_offset);
}

LlgoG *llgo_getg(void) {
    LlgoM *m = llgo_getm();
    return m == NULL ? NULL : m->curg;
}

int64_t llgo_goid(void) {
    LlgoG *g = llgo_getg();
    return g == NULL ? 1 : g->id;
}

uint32_t llgo_fastrand(void) {
    LlgoM *m = llgo_getm();
    static uint64_t shared;
    uint64_t *state = m == NULL ? &shared : &m->rand;
    if (*state == 0) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        *state = ((uint64_t)ts.tv_sec * 1000000007u) ^ (uint64_t)ts.tv_nsec ^ (uint64_t)(uintptr_t)state;
    }
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return (uint32_t)((z ^ (z >> 31)) >> 32);
}

static void runq_put(LlgoG *g) {
    g->schedlink = NULL;
    if (runq_tail == NULL) {
        runq_head = g;
    } else {
        runq_tail->schedlink = g;
    }
    runq_tail = g;
}

static LlgoG *runq_get(void) {
    LlgoG *g = runq_head;
    if (g != NULL) {
        runq_head = g->schedlink;
        if (runq_head == NULL) {
            runq_tail = NULL;
        }
        g->schedlink = NULL;
    }
    return g;
}

static void *thread_main(void *arg);

/* With sched_lock held: gets a thread to run a newly runnable goroutine when a proc is free. */
static void wake_or_start_thread(void) {
    if (threads_idle > 0) {
        pthread_cond_signal(&work_cond);
        return;
    }
    if (threads_spinning > 0 || procs_busy + threads_starting >= gomaxprocs) {
        return;     /* a thread looking for work will find it */
    }
    LlgoM *m = calloc(1, sizeof(LlgoM));
    if (m == NULL) {
        return;
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&m->thread, &attr, thread_main, m) == 0) {
        threads_starting++;
        m->alllink = llgo_allms;
        llgo_allms = m;
    } else {
        free(m);
    }
    pthread_attr_destroy(&attr);
}

static uint64_t monotonic_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/*
 * A goroutine readied by a running goroutine runs next on the same thread (gc's runnext),
 * which usually blocks soon after (a channel handoff), so the two take turns on one thread
 * without waking another. Another thread is woken unless one is already looking for work;
 * it takes a runnext only once it is STEAL_AFTER_NS old, so a goroutine that readies
 * another and keeps running does not keep it from a free proc.
 */
void llgo_ready(LlgoG *g) {
    pthread_mutex_lock(&llgo_sched_lock);
    g->status = LLGO_G_RUNNABLE;
    g->waitreason = NULL;
    LlgoM *m = llgo_getm();
    if (m != NULL && m->curg != NULL && m->curg->status == LLGO_G_RUNNING) {
        if (m->runnext != NULL) {
            runq_put(m->runnext);
        }
        m->runnext = g;
        m->runnext_since = monotonic_ns();
        if (threads_spinning == 0) {
            wake_or_start_thread();
        }
    } else {
        runq_put(g);
        wake_or_start_thread();
    }
    pthread_mutex_unlock(&llgo_sched_lock);
}

enum { STEAL_AFTER_NS = 20000, RUNNEXT_STREAK = 61 };

/*
 * With sched_lock held: the goroutine m runs next: its runnext (but the run queue's head
 * after RUNNEXT_STREAK of them in a row, as gc's schedule looks at its global queue every
 * 61 ticks), the run queue's head, or another thread's runnext old enough to take. When
 * only young runnexts remain, *wait_ns is how long until the first may be taken.
 */
static LlgoG *find_runnable(LlgoM *m, uint64_t *wait_ns) {
    LlgoG *g = m->runnext;
    if (g != NULL) {
        m->runnext = NULL;
        if (m->nextstreak < RUNNEXT_STREAK || runq_head == NULL) {
            m->nextstreak++;
            return g;
        }
        runq_put(g);
    }
    m->nextstreak = 0;
    g = runq_get();
    if (g != NULL) {
        return g;
    }
    uint64_t now = 0;
    for (LlgoM *v = llgo_allms; v != NULL; v = v->alllink) {
        if (v == m || v->runnext == NULL) {
            continue;
        }
        if (v->curg != NULL) {
            now = now == 0 ? monotonic_ns() : now;
            uint64_t age = now - v->runnext_since;
            if (age < STEAL_AFTER_NS) {
                uint64_t w = STEAL_AFTER_NS - age;
                *wait_ns = *wait_ns == 0 || w < *wait_ns ? w : *wait_ns;
                continue;
            }
        }
        g = v->runnext;
        v->runnext = NULL;
        return g;
    }
    return NULL;
}

/*
 * gc's checkdead, with the lock held and nothing runnable, busy or in a system call: the
 * header of every waiting goroutine (gc's traceback that follows each is not reproduced).
 */
_Noreturn static void report_deadlock(void) {
    if (main_goexited && goroutines_live == 0) {
        llgo_printcstr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        exit(2);
    }
    llgo_printcstr("fatal error: all goroutines are asleep - deadlock!\n");
    for (LlgoG *g = llgo_allgs; g != NULL; g = g->alllink) {
        if (g->status != LLGO_G_WAITING) {
            continue;
        }
        llgo_printcstr("\ngoroutine ");
        llgo_printint(g->id);
        llgo_printcstr(" [");
        llgo_printcstr(g->waitreason);
        llgo_printcstr("]:\n");
    }
    exit(2);
}

/* The scheduler loop of a thread, on its own stack. */
/*
 * A thread without a goroutine is "spinning" while it looks for work (woken, or waiting
 * for a young runnext elsewhere to age), so readying a goroutine need not wake another.
 */
_Noreturn static void schedule(LlgoM *m) {
    pthread_mutex_lock(&llgo_sched_lock);
    bool spinning = false;
    for (;;) {
        uint64_t wait_ns = 0;
        LlgoG *g = procs_busy < gomaxprocs ? find_runnable(m, &wait_ns) : NULL;
        if (g == NULL) {
            if (wait_ns > 0) {
                if (!spinning) {
                    spinning = true;
                    threads_spinning++;
                }
                pthread_mutex_unlock(&llgo_sched_lock);
                struct timespec ts = {0, (long)wait_ns};
                nanosleep(&ts, NULL);
                pthread_mutex_lock(&llgo_sched_lock);
                continue;
            }
            if (spinning) {
                spinning = false;
                threads_spinning--;
            }
            if (m->runnext != NULL) {
                runq_put(m->runnext);   /* no proc for it here: any thread may take it */
                m->runnext = NULL;
            }
            if (procs_busy == 0 && threads_in_syscall == 0 && threads_starting == 0 && runq_head == NULL) {
                report_deadlock();
            }
            threads_idle++;
            pthread_cond_wait(&work_cond, &llgo_sched_lock);
            threads_idle--;
            spinning = true;
            threads_spinning++;
            continue;
        }
        if (spinning) {
            spinning = false;
            threads_spinning--;
        }
        procs_busy++;
        g->status = LLGO_G_RUNNING;
        m->curg = g;
        pthread_mutex_unlock(&llgo_sched_lock);

        llgo_stack_setlimit(g->stack_lo);
        llgo_swapctx(&m->g0_sp, g->sp);
        llgo_stack_setlimit(NULL);

        AfterSwitch after = m->after;
        m->after = AFTER_NOTHING;
        if (after == AFTER_PARK && m->unlock != NULL) {
            m->unlock(m->unlock_arg);
        }
        pthread_mutex_lock(&llgo_sched_lock);
        m->curg = NULL;
        procs_busy--;
        if (after == AFTER_YIELD) {
            g->status = LLGO_G_RUNNABLE;
            runq_put(g);
        } else if (after == AFTER_EXIT) {
            g->status = LLGO_G_DEAD;
            g->schedlink = free_gs;
            free_gs = g;
            goroutines_live--;
        }
        if (procs_busy < gomaxprocs) {
            pthread_cond_signal(&proc_cond);
        }
    }
}

static void init_thread(LlgoM *m) {
    this_m = m;
    this_m_offset = (char *)&this_m - thread_pointer();
    llgo_signal_thread_init();
}

static void *thread_main(void *arg) {
    LlgoM *m = arg;
    init_thread(m);
    pthread_mutex_lock(&llgo_sched_lock);
    threads_starting--;
    pthread_mutex_unlock(&llgo_sched_lock);
    schedule(m);
}

/* Switches from the running goroutine to its thread's scheduler loop. */
static void switch_to_scheduler(AfterSwitch after) {
    LlgoM *m = llgo_getm();
    LlgoG *g = m->curg;
    m->after = after;
    llgo_swapctx(&g->sp, m->g0_sp);
}

void llgo_park(const char *reason, void (*unlock)(void *arg), void *arg) {
    LlgoM *m = llgo_getm();
    LlgoG *g = m->curg;
    g->status = LLGO_G_WAITING;
    g->waitreason = reason;
    m->unlock = unlock;
    m->unlock_arg = arg;
    switch_to_scheduler(AFTER_PARK);
}

void llgo_gosched(void) {
    switch_to_scheduler(AFTER_YIELD);
}

_Noreturn void llgo_goexit0(void) {
    LlgoG *g = llgo_getg();
    if (g == main_g) {
        main_goexited = true;
    }
    switch_to_scheduler(AFTER_EXIT);
    __builtin_unreachable();
}

/* Where a goroutine's first switch lands (llgo_gostart calls it on the fresh stack). */
static void goroutine_main(void) {
    LlgoG *g = llgo_getg();
    g->entry(g->entry_ctx);
    llgo_goexit0();
}

/* A goroutine with a stack, ready to enter fn(ctx): reused from the free list when possible. */
static LlgoG *new_goroutine(void (*fn)(void *ctx), void *ctx) {
    pthread_mutex_lock(&llgo_sched_lock);
    LlgoG *g = free_gs;
    if (g != NULL) {
        free_gs = g->schedlink;
    }
    pthread_mutex_unlock(&llgo_sched_lock);
    if (g == NULL) {
        g = calloc(1, sizeof(LlgoG));
        if (g == NULL) {
            llgo_fatal("runtime: cannot allocate memory");
        }
        llgo_stack_alloc(&g->stack_lo, &g->stack_hi);
        pthread_mutex_lock(&llgo_sched_lock);
        if (allgs_tail == NULL) {
            llgo_allgs = g;
        } else {
            allgs_tail->alllink = g;
        }
        allgs_tail = g;
        pthread_mutex_unlock(&llgo_sched_lock);
    }
    g->entry = fn;
    g->entry_ctx = ctx;
    g->defer_frames = NULL;
    g->panics = NULL;
    g->deferred_callee = NULL;
    g->param = NULL;
    g->selectdone = 0;
    g->sp = llgo_stack_initctx(g->stack_hi, goroutine_main, ctx);
    return g;
}

void llgo_go(void (*fn)(void *ctx), void *ctx) {
    LlgoG *g = new_goroutine(fn, ctx);
    pthread_mutex_lock(&llgo_sched_lock);
    g->id = next_goid++;
    goroutines_live++;
    g->status = LLGO_G_RUNNABLE;
    runq_put(g);
    wake_or_start_thread();
    pthread_mutex_unlock(&llgo_sched_lock);
}

int64_t llgo_numgoroutine(void) {
    pthread_mutex_lock(&llgo_sched_lock);
    int64_t n = goroutines_live;
    pthread_mutex_unlock(&llgo_sched_lock);
    return n;
}

int64_t llgo_gomaxprocs(int64_t n) {
    pthread_mutex_lock(&llgo_sched_lock);
    int64_t previous = gomaxprocs;
    if (n > 0) {
        gomaxprocs = n > 256 ? 256 : (int)n;
        for (int i = 0; i < gomaxprocs && runq_head != NULL; i++) {
            wake_or_start_thread();
        }
    }
    pthread_mutex_unlock(&llgo_sched_lock);
    return previous;
}

void llgo_entersyscall(void) {
    if (llgo_getg() == NULL) {
        return;
    }
    pthread_mutex_lock(&llgo_sched_lock);
    procs_busy--;
    threads_in_syscall++;
    LlgoM *m = llgo_getm();
    if (m->runnext != NULL) {
        runq_put(m->runnext);   /* this thread blocks: another runs it */
        m->runnext = NULL;
    }
    if (runq_head != NULL) {
        wake_or_start_thread();
    }
    pthread_mutex_unlock(&llgo_sched_lock);
}

void llgo_exitsyscall(void) {
    if (llgo_getg() == NULL) {
        return;
    }
    pthread_mutex_lock(&llgo_sched_lock);
    while (procs_busy >= gomaxprocs) {
        pthread_cond_wait(&proc_cond, &llgo_sched_lock);
    }
    procs_busy++;
    threads_in_syscall--;
    pthread_mutex_unlock(&llgo_sched_lock);
}

/* gc's GOMAXPROCS default: the environment variable when a positive number, else the CPUs we may run on. */
static int default_procs(void) {
    const char *env = getenv("GOMAXPROCS");
    if (env != NULL && *env != '\0') {
        long n = 0;
        const char *c = env;
        while (*c >= '0' && *c <= '9' && n < 100000) {
            n = n * 10 + (*c++ - '0');
        }
        if (*c == '\0' && n > 0) {
            return n > 256 ? 256 : (int)n;
        }
    }
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) {
        return CPU_COUNT(&set);
    }
    return 1;
}

/* Goroutine 1: the program's main, then exit 0 as when main.main returns. */
static void run_main(void *main_fn) {
    ((void (*)(void))main_fn)();
    exit(0);
}

_Noreturn void llgo_sched_start(void (*main_fn)(void)) {
    static LlgoM m0;
    init_thread(&m0);
    m0.thread = pthread_self();
    llgo_allms = &m0;
    gomaxprocs = default_procs();
    main_g = new_goroutine(run_main, (void *)main_fn);
    main_g->id = 1;
    goroutines_live = 1;
    pthread_mutex_lock(&llgo_sched_lock);
    main_g->status = LLGO_G_RUNNABLE;
    runq_put(main_g);
    pthread_mutex_unlock(&llgo_sched_lock);
    schedule(&m0);
}
