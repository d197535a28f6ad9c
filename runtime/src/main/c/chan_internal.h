/*
 * chan_internal.h: the channel object and the queue operations chan.c and select.c share
 * (gc's hchan and waitq, runtime/chan.go). Not part of the ABI: compiled code sees a channel
 * only as a pointer.
 */
#ifndef LLGO_CHAN_INTERNAL_H
#define LLGO_CHAN_INTERNAL_H

#include <pthread.h>

#include "llgo.h"

typedef struct {
    LlgoSudog *first, *last;
} LlgoWaitq;

struct LlgoChan {
    pthread_mutex_t lock;
    uint64_t qcount;      /* elements in the buffer */
    uint64_t dataqsiz;    /* the buffer's capacity */
    char *buf;
    uint64_t elemsize;
    const LlgoType *elemtype;
    bool closed;
    uint64_t sendx, recvx;
    LlgoWaitq recvq, sendq;
};

void llgo_waitq_enqueue(LlgoWaitq *q, LlgoSudog *sg);
/* Removes sg if it is still queued. */
void llgo_waitq_remove(LlgoWaitq *q, LlgoSudog *sg);
/* The first waiter that may complete (a select's only if it claims the select first), or NULL. */
LlgoSudog *llgo_waitq_dequeue(LlgoWaitq *q);
/* With c locked, complete a communication with the dequeued waiter sg; return its goroutine,
   which the caller readies after unlocking. */
LlgoG *llgo_chan_send_to(LlgoChan *c, LlgoSudog *sg, const void *elem);
LlgoG *llgo_chan_recv_from(LlgoChan *c, LlgoSudog *sg, void *elem);
/* With c locked: buffered send / receive when there is room / an element. */
bool llgo_chan_buffer_put(LlgoChan *c, const void *elem);
bool llgo_chan_buffer_take(LlgoChan *c, void *elem);
void llgo_chan_unlock(void *c);
_Noreturn void llgo_block_forever(const char *reason);

#endif
