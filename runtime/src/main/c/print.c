/*
 * print.c: the print and println built-ins, byte for byte as gc's runtime/print.go
 * (go1.19) writes them: printfloat's seven-digit "+d.dddddde+ddd" form with NaN/+Inf/-Inf,
 * printcomplex, printhex, printpointer, printslice "[len/cap]0xaddr", printeface/printiface
 * "(0x..,0x..)". Output goes straight to file descriptor 2 with write(2), as gc's
 * writeErr does, so nothing is buffered. The print lock is recursive like gc's.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>

#include "llgo.h"

/* gc's printlock: recursive, held by one thread at a time, so concurrent printlns do not interleave. */
static pthread_mutex_t print_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

static void write_stderr(const uint8_t *p, int64_t n) {
    while (n > 0) {
        ssize_t w = write(2, p, (size_t)n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        p += w;
        n -= w;
    }
}

void llgo_printlock(void) {
    pthread_mutex_lock(&print_lock);
}

void llgo_printunlock(void) {
    pthread_mutex_unlock(&print_lock);
}

void llgo_printstring(const uint8_t *p, int64_t n) {
    write_stderr(p, n);
}

void llgo_printcstr(const char *s) {
    write_stderr((const uint8_t *)s, (int64_t)strlen(s));
}

void llgo_printsp(void) {
    llgo_printcstr(" ");
}

void llgo_printnl(void) {
    llgo_printcstr("\n");
}

void llgo_printbool(bool v) {
    llgo_printcstr(v ? "true" : "false");
}

void llgo_printuint(uint64_t v) {
    uint8_t buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = (uint8_t)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    write_stderr(buf + i, (int64_t)sizeof buf - i);
}

void llgo_printint(int64_t v) {
    if (v < 0) {
        llgo_printcstr("-");
        /* gc negates in int64 and prints as uint64: MinInt64 stays 1<<63 */
        llgo_printuint(0 - (uint64_t)v);
        return;
    }
    llgo_printuint((uint64_t)v);
}

void llgo_printhex(uint64_t v) {
    static const char digits[] = "0123456789abcdef";
    uint8_t buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = (uint8_t)digits[v % 16];
        v /= 16;
    } while (v != 0);
    buf[--i] = 'x';
    buf[--i] = '0';
    write_stderr(buf + i, (int64_t)sizeof buf - i);
}

/* gc's printfloat, step for step, including its rounding by adding 5e-7 after normalising. */
void llgo_printfloat(double v) {
    if (v != v) {
        llgo_printcstr("NaN");
        return;
    }
    if (v + v == v && v > 0) {
        llgo_printcstr("+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        llgo_printcstr("-Inf");
        return;
    }

    enum { DIGITS = 7 };
    uint8_t buf[DIGITS + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0) {
            buf[0] = '-';
        }
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < DIGITS; i++) {
            h /= 10;
        }
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }

    for (int i = 0; i < DIGITS; i++) {
        int s = (int)v;
        buf[i + 2] = (uint8_t)(s + '0');
        v -= (double)s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';

    buf[DIGITS + 2] = 'e';
    buf[DIGITS + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[DIGITS + 3] = '-';
    }
    buf[DIGITS + 4] = (uint8_t)(e / 100 + '0');
    buf[DIGITS + 5] = (uint8_t)(e / 10 % 10 + '0');
    buf[DIGITS + 6] = (uint8_t)(e % 10 + '0');
    write_stderr(buf, sizeof buf);
}

void llgo_printcomplex(double re, double im) {
    llgo_printcstr("(");
    llgo_printfloat(re);
    llgo_printfloat(im);
    llgo_printcstr("i)");
}

void llgo_printpointer(void *p) {
    llgo_printhex((uint64_t)(uintptr_t)p);
}

void llgo_printslice(void *p, int64_t len, int64_t cap) {
    llgo_printcstr("[");
    llgo_printint(len);
    llgo_printcstr("/");
    llgo_printint(cap);
    llgo_printcstr("]");
    llgo_printpointer(p);
}

void llgo_printeface(void *type, void *data) {
    llgo_printcstr("(");
    llgo_printpointer(type);
    llgo_printcstr(",");
    llgo_printpointer(data);
    llgo_printcstr(")");
}

void llgo_printiface(void *itab, void *data) {
    llgo_printeface(itab, data);
}
