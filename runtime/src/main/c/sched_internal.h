/*
 * sched_internal.h: the scheduler's threads (gc's m, runtime/runtime2.go) and lock, shared by
 * sched.c and world.c (stopping the world). Not part of the ABI.
 */
#ifndef LLGO_SCHED_INTERNAL_H
#define LLGO_SCHED_INTERNAL_H

#include <pthread.h>

#include "llgo.h"

/* What a goroutine asked its thread's scheduler loop to do once it is off its stack. */
typedef enum { AFTER_NOTHING, AFTER_PARK, AFTER_YIELD, AFTER_EXIT } AfterSwitch;

/* A thread running goroutines: its scheduler context, its goroutine, its random state. */
typedef struct LlgoM {
    void *g0_sp;
    LlgoG *curg;                  /* written under llgo_sched_lock */
    AfterSwitch after;
    void (*unlock)(void *arg);
    void *unlock_arg;
    uint64_t rand;
    pthread_t thread;
    struct LlgoM *alllink;
    void *stopped_sp;             /* world.c: the stack pointer where the thread stopped */
    bool stopped;
    LlgoG *runnext;               /* readied by this thread's goroutine: runs next here (gc's runnext), under llgo_sched_lock */
    uint64_t runnext_since;       /* when runnext was set (monotonic ns): other threads take it only once it is older */
    uint32_t nextstreak;          /* goroutines taken from runnext in a row, so the run queue is not starved */
} LlgoM;

/* Guards the run queue, the goroutine and thread lists and their counters. */
extern pthread_mutex_t llgo_sched_lock;
/* Every goroutine ever created (dead ones are reused) and every thread, under llgo_sched_lock. */
extern LlgoG *llgo_allgs;
extern LlgoM *llgo_allms;
/* The running thread's M (NULL before the scheduler starts). */
LlgoM *llgo_getm(void);

#endif
