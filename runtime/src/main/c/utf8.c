/*
 * utf8.c: UTF-8 decoding and encoding exactly as gc's runtime/utf8.go (go1.19):
 * decoderune accepts only shortest-form encodings of valid scalar values, and any
 * invalid or truncated sequence yields U+FFFD with width 1; encoderune writes U+FFFD
 * for negative runes, surrogates and values above U+10FFFF.
 */
#include "llgo.h"

enum {
    RUNE_ERROR = 0xFFFD,
    MAX_RUNE = 0x10FFFF,
    SURROGATE_MIN = 0xD800,
    SURROGATE_MAX = 0xDFFF,
    RUNE1_MAX = 0x7F,
    RUNE2_MAX = 0x7FF,
    RUNE3_MAX = 0xFFFF,
    T2 = 0xC0, T3 = 0xE0, T4 = 0xF0, T5 = 0xF8, TX = 0x80,
    MASKX = 0x3F, MASK2 = 0x1F, MASK3 = 0x0F, MASK4 = 0x07,
    LOCB = 0x80, HICB = 0xBF
};

static bool continuation(uint8_t b) {
    return LOCB <= b && b <= HICB;
}

/* Decodes the rune at byte offset k of p[0:n]; *next is the offset after it. */
int32_t llgo_decoderune(const uint8_t *p, int64_t n, int64_t k, int64_t *next) {
    if (k >= n) {
        *next = k + 1;
        return RUNE_ERROR;
    }
    const uint8_t *s = p + k;
    int64_t left = n - k;
    uint8_t c = s[0];
    if (c <= RUNE1_MAX) {
        *next = k + 1;
        return c;
    }
    if (T2 <= c && c < T3) {
        if (left > 1 && continuation(s[1])) {
            int32_t r = (int32_t)(c & MASK2) << 6 | (s[1] & MASKX);
            if (RUNE1_MAX < r) {
                *next = k + 2;
                return r;
            }
        }
    } else if (T3 <= c && c < T4) {
        if (left > 2 && continuation(s[1]) && continuation(s[2])) {
            int32_t r = (int32_t)(c & MASK3) << 12 | (int32_t)(s[1] & MASKX) << 6 | (s[2] & MASKX);
            if (RUNE2_MAX < r && !(SURROGATE_MIN <= r && r <= SURROGATE_MAX)) {
                *next = k + 3;
                return r;
            }
        }
    } else if (T4 <= c && c < T5) {
        if (left > 3 && continuation(s[1]) && continuation(s[2]) && continuation(s[3])) {
            int32_t r = (int32_t)(c & MASK4) << 18 | (int32_t)(s[1] & MASKX) << 12
                    | (int32_t)(s[2] & MASKX) << 6 | (s[3] & MASKX);
            if (RUNE3_MAX < r && r <= MAX_RUNE) {
                *next = k + 4;
                return r;
            }
        }
    }
    *next = k + 1;
    return RUNE_ERROR;
}

int llgo_runelen(int32_t r) {
    uint32_t i = (uint32_t)r;
    if (i <= RUNE1_MAX) {
        return 1;
    }
    if (i <= RUNE2_MAX) {
        return 2;
    }
    if (i > MAX_RUNE || (SURROGATE_MIN <= i && i <= SURROGATE_MAX) || i <= RUNE3_MAX) {
        return 3;
    }
    return 4;
}

int llgo_encoderune(uint8_t *buf, int32_t r) {
    uint32_t i = (uint32_t)r;
    if (i <= RUNE1_MAX) {
        buf[0] = (uint8_t)i;
        return 1;
    }
    if (i <= RUNE2_MAX) {
        buf[0] = (uint8_t)(T2 | i >> 6);
        buf[1] = (uint8_t)(TX | (i & MASKX));
        return 2;
    }
    if (i > MAX_RUNE || (SURROGATE_MIN <= i && i <= SURROGATE_MAX)) {
        i = RUNE_ERROR;
    }
    if (i <= RUNE3_MAX) {
        buf[0] = (uint8_t)(T3 | i >> 12);
        buf[1] = (uint8_t)(TX | (i >> 6 & MASKX));
        buf[2] = (uint8_t)(TX | (i & MASKX));
        return 3;
    }
    buf[0] = (uint8_t)(T4 | i >> 18);
    buf[1] = (uint8_t)(TX | (i >> 12 & MASKX));
    buf[2] = (uint8_t)(TX | (i >> 6 & MASKX));
    buf[3] = (uint8_t)(TX | (i & MASKX));
    return 4;
}
