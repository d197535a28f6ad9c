#!/usr/bin/env bash
# The runtime benchmarks (bench/runtime/*.go, programs using only the language and its
# builtins), each built with llgo -O2 and with gc, their outputs (stdout and stderr)
# compared, then run side by side: N repetitions interleaved (llgo, gc, llgo, gc, ...),
# medians of wall time and of peak RSS (/usr/bin/time), the llgo/gc time ratio, and the
# executables' sizes. A program llgo cannot build gets a row "llgo: build failed" and the
# script goes on. Usage: bench/runtime.sh [-n N] [name...]   (names without .go)
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
n=5
if [[ "${1:-}" == "-n" ]]; then n="$2"; shift 2; fi
go=/usr/lib/go-1.19/bin/go
llgo="$repo/llgo-build/bin/llgo-build"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GOCACHE="$work/gocache" GO111MODULE=off

if [[ $# -gt 0 ]]; then names=("$@"); else
    names=(); for f in "$repo"/bench/runtime/*.go; do names+=("$(basename "$f" .go)"); done
fi

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# Runs $1 once; appends its wall seconds and peak RSS (KiB) to $2.time and $2.rss.
measure() {
    /usr/bin/time -f '%e %M' -o "$2.one" "$1" >/dev/null 2>&1 || true
    read -r secs kib < "$2.one"
    echo "$secs" >> "$2.time"
    echo "$kib" >> "$2.rss"
}

printf '%-13s %9s %9s %7s %9s %9s %10s %10s  %s\n' program llgo_s gc_s ratio llgo_MB gc_MB llgo_size gc_size note
for name in "${names[@]}"; do
    src="$repo/bench/runtime/$name.go"
    exe_l="$work/$name-llgo" exe_g="$work/$name-gc"
    if ! "$go" build -o "$exe_g" "$src" >"$work/$name.gcbuild" 2>&1; then
        printf '%-13s %s\n' "$name" "gc: build failed: $(head -1 "$work/$name.gcbuild" | cut -c1-70)"; continue
    fi
    if ! "$llgo" -O2 -o "$exe_l" "$src" >"$work/$name.llgobuild" 2>&1; then
        printf '%-13s %9s %9s %7s %9s %9s %10s %10s  %s\n' "$name" - - - - - - "$(stat -c %s "$exe_g")" \
            "llgo: build failed: $(head -1 "$work/$name.llgobuild" | cut -c1-70)"
        continue
    fi
    note=""
    "$exe_l" >"$work/$name.out-l" 2>&1 || note="llgo: exit $?"
    "$exe_g" >"$work/$name.out-g" 2>&1 || true
    if ! cmp -s "$work/$name.out-l" "$work/$name.out-g"; then note="${note:+$note; }outputs differ"; fi
    rm -f "$work/l.time" "$work/l.rss" "$work/g.time" "$work/g.rss"
    for _ in $(seq "$n"); do
        measure "$exe_l" "$work/l"
        measure "$exe_g" "$work/g"
    done
    lt=$(median < "$work/l.time"); gt=$(median < "$work/g.time")
    lr=$(median < "$work/l.rss"); gr=$(median < "$work/g.rss")
    ratio=$(awk -v a="$lt" -v b="$gt" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), a / b }')
    printf '%-13s %9.2f %9.2f %7s %9.1f %9.1f %10d %10d  %s\n' "$name" "$lt" "$gt" "$ratio" \
        "$(awk -v k="$lr" 'BEGIN { print k / 1024 }')" "$(awk -v k="$gr" 'BEGIN { print k / 1024 }')" \
        "$(stat -c %s "$exe_l")" "$(stat -c %s "$exe_g")" "$note"
done
