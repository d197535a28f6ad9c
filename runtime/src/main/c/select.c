/*
 * select.c: the select statement (Go spec "Select statements"; ABI.md "Channels and
 * select"), after gc's runtime/select.go selectgo. The cases with a non-nil channel are
 * polled in a uniformly random order with every channel locked (in address order, each
 * once); the first that can proceed wins. Otherwise a select with default returns -1, and a
 * blocking one queues one sudog per case, parks, and on wakeup learns from g->param which
 * case completed (the first to claim g->selectdone), then dequeues the others.
 */
#include <pthread.h>
#include <string.h>

#include "llgo.h"
#include "chan_internal.h"

/* The distinct channels of a select, sorted by address (gc's lockorder). */
typedef struct {
    LlgoChan **chans;
    int64_t n;
} LockSet;

static void lock_all(const LockSet *s) {
    for (int64_t i = 0; i < s->n; i++) {
        pthread_mutex_lock(&s->chans[i]->lock);
    }
}

static void unlock_all(void *arg) {
    const LockSet *s = arg;
    for (int64_t i = s->n - 1; i >= 0; i--) {
        pthread_mutex_unlock(&s->chans[i]->lock);
    }
}

static void sort_unique(LockSet *s) {
    for (int64_t i = 1; i < s->n; i++) {
        LlgoChan *c = s->chans[i];
        int64_t j = i;
        while (j > 0 && (uintptr_t)s->chans[j - 1] > (uintptr_t)c) {
            s->chans[j] = s->chans[j - 1];
            j--;
        }
        s->chans[j] = c;
    }
    int64_t n = 0;
    for (int64_t i = 0; i < s->n; i++) {
        if (n == 0 || s->chans[n - 1] != s->chans[i]) {
            s->chans[n++] = s->chans[i];
        }
    }
    s->n = n;
}

int64_t llgo_select(LlgoSelectCase *cases, int64_t ncases, bool block, bool *recv_ok) {
    *recv_ok = false;
    int64_t order[ncases > 0 ? ncases : 1];
    LlgoChan *chans[ncases > 0 ? ncases : 1];
    int64_t n = 0;
    for (int64_t i = 0; i < ncases; i++) {
        if (cases[i].c == NULL) {
            continue;
        }
        int64_t j = (int64_t)(llgo_fastrand() % (uint32_t)(n + 1));
        order[n] = order[j];
        order[j] = i;
        chans[n] = cases[i].c;
        n++;
    }
    if (n == 0) {
        if (!block) {
            return -1;
        }
        llgo_block_forever(ncases == 0 ? "select (no cases)" : "select");
    }
    LockSet locks = {chans, n};
    sort_unique(&locks);
    lock_all(&locks);

    for (int64_t k = 0; k < n; k++) {
        int64_t i = order[k];
        LlgoChan *c = cases[i].c;
        void *elem = cases[i].elem;
        if (cases[i].dir == LLGO_SELECT_RECV) {
            LlgoSudog *sg = llgo_waitq_dequeue(&c->sendq);
            if (sg != NULL) {
                LlgoG *g = llgo_chan_recv_from(c, sg, elem);
                unlock_all(&locks);
                llgo_ready(g);
                *recv_ok = true;
                return i;
            }
            if (llgo_chan_buffer_take(c, elem)) {
                unlock_all(&locks);
                *recv_ok = true;
                return i;
            }
            if (c->closed) {
                unlock_all(&locks);
                if (elem != NULL && c->elemsize > 0) {
                    memset(elem, 0, c->elemsize);
                }
                return i;
            }
        } else {
            if (c->closed) {
                unlock_all(&locks);
                llgo_panicplain("send on closed channel");
            }
            LlgoSudog *sg = llgo_waitq_dequeue(&c->recvq);
            if (sg != NULL) {
                LlgoG *g = llgo_chan_send_to(c, sg, elem);
                unlock_all(&locks);
                llgo_ready(g);
                return i;
            }
            if (llgo_chan_buffer_put(c, elem)) {
                unlock_all(&locks);
                return i;
            }
        }
    }
    if (!block) {
        unlock_all(&locks);
        return -1;
    }

    LlgoG *g = llgo_getg();
    LlgoSudog waits[ncases];
    g->selectdone = 0;
    g->param = NULL;
    for (int64_t i = 0; i < ncases; i++) {
        LlgoChan *c = cases[i].c;
        if (c == NULL) {
            continue;
        }
        waits[i] = (LlgoSudog){.g = g, .elem = cases[i].elem, .c = c, .is_select = true};
        llgo_waitq_enqueue(cases[i].dir == LLGO_SELECT_RECV ? &c->recvq : &c->sendq, &waits[i]);
    }
    llgo_park("select", unlock_all, &locks);

    lock_all(&locks);
    LlgoSudog *won = g->param;
    int64_t chosen = -1;
    for (int64_t i = 0; i < ncases; i++) {
        LlgoChan *c = cases[i].c;
        if (c == NULL) {
            continue;
        }
        if (&waits[i] == won) {
            chosen = i;
        } else {
            llgo_waitq_remove(cases[i].dir == LLGO_SELECT_RECV ? &c->recvq : &c->sendq, &waits[i]);
        }
    }
    unlock_all(&locks);
    if (chosen < 0) {
        llgo_fatal("select: woken without a case");
    }
    if (cases[chosen].dir == LLGO_SELECT_RECV) {
        *recv_ok = won->success;
    } else if (!won->success) {
        llgo_panicplain("send on closed channel");
    }
    return chosen;
}
