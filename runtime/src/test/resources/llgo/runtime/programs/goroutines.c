/*
 * goroutines.c: the scheduler's C entry points (ABI.md "Goroutines and scheduling"), called
 * as compiled code calls them; each case is selected by the first argument. Cases that end
 * in gc's fatal errors print them; the others print what they observed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "program.h"

static bool is(const char *name) {
    return llgo_argc > 1 && strcmp(llgo_argv[1], name) == 0;
}

static NamedType int_type = {"int", {.size = 8, .align = 8, .kind = LLGO_KIND_INT}};
static NamedType string_type = {"string", {.size = 16, .align = 8, .kind = LLGO_KIND_STRING}};

/* Panics with a string; nothing recovers it. */
static void panicker(void *ctx) {
    (void)ctx;
    static GoString boom = {(const uint8_t *)"boom", 4};
    llgo_panic(named(&string_type), &boom);
}

static void say(const char *s, int64_t v) {
    begin();
    llgo_printcstr(s);
    sp();
    llgo_printint(v);
    end();
}

/* Receives one int from the channel ctx. */
static void receive_one(void *ctx) {
    int64_t v;
    llgo_chanrecv(ctx, &v);
}

static void *done;

/* Yields three times, printing its name each time, then signals done. */
static void yielder(void *ctx) {
    for (int i = 0; i < 3; i++) {
        say(ctx, i);
        llgo_gosched();
    }
    int64_t one = 1;
    llgo_chansend(done, &one);
}

static int pipe_fds[2];

/* Blocks in read(2), announced as a system call, until main writes to the pipe. */
static void reader(void *ctx) {
    (void)ctx;
    char c;
    llgo_entersyscall();
    ssize_t n = read(pipe_fds[0], &c, 1);
    llgo_exitsyscall();
    say("read", n);
    int64_t one = 1;
    llgo_chansend(done, &one);
}

static void count_stack(void *lo, void *hi, void *arg) {
    if ((char *)lo < (char *)hi) {
        (*(int64_t *)arg)++;
    }
}

/* Spins until the world is stopped by main, then signals done. */
static void spinner(void *ctx) {
    volatile int64_t *flag = ctx;
    while (*flag == 0) {
    }
    int64_t one = 1;
    llgo_chansend(done, &one);
}

/* Runs deferred-free Goexit in a goroutine; main sees it end. */
static void exiter(void *ctx) {
    (void)ctx;
    int64_t one = 1;
    llgo_chansend(done, &one);
    llgo_goexit();
}

static int64_t rss_kib(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    int64_t kib = -1;
    while (f != NULL && fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, "VmRSS:", 6) == 0) {
            kib = atoll(line + 6);
        }
    }
    if (f != NULL) {
        fclose(f);
    }
    return kib;
}

LLGO_MAIN {
    done = llgo_makechan(named(&int_type), 0);
    if (is("goexit_main")) {
        llgo_goexit();
    }
    if (is("goexit_other")) {
        llgo_go(exiter, NULL);
        int64_t v;
        llgo_chanrecv(done, &v);
        llgo_gosched();
        say("goroutines", llgo_numgoroutine());
    }
    if (is("deadlock")) {
        void *c = llgo_makechan(named(&int_type), 0);
        llgo_go(receive_one, c);
        llgo_gosched();
        int64_t v;
        llgo_chanrecv(c, &v);
    }
    if (is("nil_receive")) {
        int64_t v;
        llgo_chanrecv(NULL, &v);
    }
    if (is("nil_send")) {
        int64_t v = 0;
        llgo_chansend(NULL, &v);
    }
    if (is("select_none")) {
        bool ok;
        llgo_select(NULL, 0, true, &ok);
    }
    if (is("gosched")) {
        llgo_gomaxprocs(1);
        llgo_go(yielder, "a");
        llgo_go(yielder, "b");
        int64_t v;
        llgo_chanrecv(done, &v);
        llgo_chanrecv(done, &v);
    }
    if (is("gomaxprocs")) {
        say("set", llgo_gomaxprocs(3) > 0);
        say("now", llgo_gomaxprocs(0));
    }
    if (is("panic_in_goroutine")) {
        llgo_go(panicker, NULL);
        int64_t v;
        llgo_chanrecv(done, &v);
    }
    if (is("procs")) {
        say("procs", llgo_gomaxprocs(0));
    }
    if (is("syscall")) {
        llgo_gomaxprocs(1);
        if (pipe(pipe_fds) != 0) {
            exit(1);
        }
        llgo_go(reader, NULL);
        llgo_gosched();          /* the reader blocks in read(2) and gives up the only proc */
        say("main runs", 1);
        (void)!write(pipe_fds[1], "x", 1);
        int64_t v;
        llgo_chanrecv(done, &v);
    }
    if (is("world")) {
        llgo_gomaxprocs(2);
        void *c = llgo_makechan(named(&int_type), 0);
        for (int i = 0; i < 10; i++) {
            llgo_go(receive_one, c);
        }
        static volatile int64_t flag;
        llgo_go(spinner, (void *)&flag);
        for (int i = 0; i < 1000; i++) {
            llgo_gosched();
        }
        llgo_gc_stop_world();
        int64_t stacks = 0;
        llgo_gc_for_each_stack(count_stack, &stacks);
        flag = 1;
        llgo_gc_start_world();
        int64_t v;
        llgo_chanrecv(done, &v);
        say("stacks", stacks);
    }
    if (is("blocked")) {
        int64_t n = atoll(llgo_argv[2]);
        void *c = llgo_makechan(named(&int_type), 0);
        for (int64_t i = 0; i < n; i++) {
            llgo_go(receive_one, c);
        }
        while (llgo_numgoroutine() < n + 1) {
            llgo_gosched();
        }
        for (int64_t i = 0; i < n; i++) {
            llgo_gosched();
        }
        say("goroutines", llgo_numgoroutine());
        say("rss_kib", rss_kib());
    }
}
