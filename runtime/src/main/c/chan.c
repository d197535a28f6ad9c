/*
 * chan.c: channels (Go spec "Channel types", "Send statements", "Receive operator", "Close";
 * ABI.md "Channels and select"), after gc's runtime/chan.go: a lock, a circular buffer of
 * dataqsiz elements and two queues of waiting goroutines (sudogs). A send hands its value
 * straight to a waiting receiver, else fills the buffer, else waits; a receive takes from a
 * waiting sender (through the buffer when there is one, so FIFO order holds), else from the
 * buffer, else waits. close wakes every waiter: receivers get the zero value and ok false,
 * senders panic. A nil channel blocks forever. select.c shares the queues (chan_internal).
 */
#include <pthread.h>
#include <string.h>

#include "llgo.h"
#include "chan_internal.h"

enum { MAX_CHAN_BYTES = (int64_t)1 << 40 };

void *llgo_makechan(const LlgoType *elem, int64_t size) {
    uint64_t elemsize = elem == NULL ? 0 : elem->size;
    if (size < 0 || (elemsize != 0 && (uint64_t)size > MAX_CHAN_BYTES / elemsize)) {
        llgo_panicplain("makechan: size out of range");
    }
    LlgoChan *c = llgo_alloc(sizeof(LlgoChan));
    pthread_mutex_init(&c->lock, NULL);
    c->elemtype = elem;
    c->elemsize = elemsize;
    c->dataqsiz = (uint64_t)size;
    if (size > 0 && elemsize > 0) {
        c->buf = llgo_alloc(elemsize * (uint64_t)size);
    }
    return c;
}

void llgo_chan_unlock(void *c) {
    pthread_mutex_unlock(&((LlgoChan *)c)->lock);
}

void llgo_waitq_enqueue(LlgoWaitq *q, LlgoSudog *sg) {
    sg->next = NULL;
    sg->prev = q->last;
    if (q->last == NULL) {
        q->first = sg;
    } else {
        q->last->next = sg;
    }
    q->last = sg;
}

void llgo_waitq_remove(LlgoWaitq *q, LlgoSudog *sg) {
    if (sg->prev == NULL && q->first != sg) {
        return;    /* not queued: already dequeued by the case that won */
    }
    if (sg->prev != NULL) {
        sg->prev->next = sg->next;
    } else {
        q->first = sg->next;
    }
    if (sg->next != NULL) {
        sg->next->prev = sg->prev;
    } else {
        q->last = sg->prev;
    }
    sg->next = sg->prev = NULL;
}

LlgoSudog *llgo_waitq_dequeue(LlgoWaitq *q) {
    for (;;) {
        LlgoSudog *sg = q->first;
        if (sg == NULL) {
            return NULL;
        }
        llgo_waitq_remove(q, sg);
        /* a select waits in several queues: only the first case to claim it may complete */
        if (sg->is_select && !__atomic_compare_exchange_n(&sg->g->selectdone, &(uint32_t){0}, 1, false,
                                                          __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
            continue;
        }
        return sg;
    }
}

static void *slot(LlgoChan *c, uint64_t i) {
    return c->buf + i * c->elemsize;
}

static void copy_elem(LlgoChan *c, void *dst, const void *src) {
    if (dst != NULL && c->elemsize > 0) {
        memcpy(dst, src, c->elemsize);
    }
}

static void zero_elem(LlgoChan *c, void *dst) {
    if (dst != NULL && c->elemsize > 0) {
        memset(dst, 0, c->elemsize);
    }
}

LlgoG *llgo_chan_send_to(LlgoChan *c, LlgoSudog *sg, const void *elem) {
    copy_elem(c, sg->elem, elem);
    sg->success = true;
    LlgoG *g = sg->g;
    g->param = sg;
    return g;
}

LlgoG *llgo_chan_recv_from(LlgoChan *c, LlgoSudog *sg, void *elem) {
    if (c->dataqsiz == 0) {
        copy_elem(c, elem, sg->elem);
    } else {
        /* the buffer is full: take its head, and put the sender's value at its tail */
        void *head = slot(c, c->recvx);
        copy_elem(c, elem, head);
        copy_elem(c, head, sg->elem);
        c->recvx = (c->recvx + 1) % c->dataqsiz;
        c->sendx = c->recvx;
    }
    sg->success = true;
    LlgoG *g = sg->g;
    g->param = sg;
    return g;
}

bool llgo_chan_buffer_put(LlgoChan *c, const void *elem) {
    if (c->qcount >= c->dataqsiz) {
        return false;
    }
    if (c->elemsize > 0) {
        memcpy(slot(c, c->sendx), elem, c->elemsize);
    }
    c->sendx = (c->sendx + 1) % c->dataqsiz;
    c->qcount++;
    return true;
}

bool llgo_chan_buffer_take(LlgoChan *c, void *elem) {
    if (c->qcount == 0) {
        return false;
    }
    if (c->elemsize > 0) {
        copy_elem(c, elem, slot(c, c->recvx));
        memset(slot(c, c->recvx), 0, c->elemsize);
    }
    c->recvx = (c->recvx + 1) % c->dataqsiz;
    c->qcount--;
    return true;
}

_Noreturn void llgo_block_forever(const char *reason) {
    llgo_park(reason, NULL, NULL);
    llgo_fatal("unreachable");
}

void llgo_chansend(void *ch, const void *elem) {
    LlgoChan *c = ch;
    if (c == NULL) {
        llgo_block_forever("chan send (nil chan)");
    }
    pthread_mutex_lock(&c->lock);
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        llgo_panicplain("send on closed channel");
    }
    LlgoSudog *sg = llgo_waitq_dequeue(&c->recvq);
    if (sg != NULL) {
        LlgoG *g = llgo_chan_send_to(c, sg, elem);
        pthread_mutex_unlock(&c->lock);
        llgo_ready(g);
        return;
    }
    if (llgo_chan_buffer_put(c, elem)) {
        pthread_mutex_unlock(&c->lock);
        return;
    }
    LlgoG *g = llgo_getg();
    LlgoSudog me = {.g = g, .elem = (void *)elem, .c = c};
    g->param = NULL;
    llgo_waitq_enqueue(&c->sendq, &me);
    llgo_park("chan send", llgo_chan_unlock, c);
    if (!me.success) {
        llgo_panicplain("send on closed channel");
    }
}

/* A receive: whether a value was received (false: the channel is closed and drained). */
static bool chanrecv(LlgoChan *c, void *elem) {
    if (c == NULL) {
        llgo_block_forever("chan receive (nil chan)");
    }
    pthread_mutex_lock(&c->lock);
    if (c->closed && c->qcount == 0) {
        pthread_mutex_unlock(&c->lock);
        zero_elem(c, elem);
        return false;
    }
    LlgoSudog *sg = llgo_waitq_dequeue(&c->sendq);
    if (sg != NULL) {
        LlgoG *g = llgo_chan_recv_from(c, sg, elem);
        pthread_mutex_unlock(&c->lock);
        llgo_ready(g);
        return true;
    }
    if (llgo_chan_buffer_take(c, elem)) {
        pthread_mutex_unlock(&c->lock);
        return true;
    }
    LlgoG *g = llgo_getg();
    LlgoSudog me = {.g = g, .elem = elem, .c = c};
    g->param = NULL;
    llgo_waitq_enqueue(&c->recvq, &me);
    llgo_park("chan receive", llgo_chan_unlock, c);
    return me.success;
}

void llgo_chanrecv(void *c, void *elem) {
    chanrecv(c, elem);
}

bool llgo_chanrecv2(void *c, void *elem) {
    return chanrecv(c, elem);
}

void llgo_closechan(void *ch) {
    LlgoChan *c = ch;
    if (c == NULL) {
        llgo_panicplain("close of nil channel");
    }
    pthread_mutex_lock(&c->lock);
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        llgo_panicplain("close of closed channel");
    }
    c->closed = true;
    LlgoSudog *woken = NULL;
    LlgoSudog *sg;
    while ((sg = llgo_waitq_dequeue(&c->recvq)) != NULL) {
        zero_elem(c, sg->elem);
        sg->success = false;
        sg->g->param = sg;
        sg->next = woken;
        woken = sg;
    }
    while ((sg = llgo_waitq_dequeue(&c->sendq)) != NULL) {
        sg->success = false;
        sg->g->param = sg;
        sg->next = woken;
        woken = sg;
    }
    pthread_mutex_unlock(&c->lock);
    while (woken != NULL) {
        LlgoSudog *next = woken->next;
        llgo_ready(woken->g);    /* the sudog lives on that goroutine's stack: read next first */
        woken = next;
    }
}

int64_t llgo_chanlen(void *ch) {
    LlgoChan *c = ch;
    if (c == NULL) {
        return 0;
    }
    pthread_mutex_lock(&c->lock);
    int64_t n = (int64_t)c->qcount;
    pthread_mutex_unlock(&c->lock);
    return n;
}

int64_t llgo_chancap(void *ch) {
    LlgoChan *c = ch;
    return c == NULL ? 0 : (int64_t)c->dataqsiz;
}
