#!/usr/bin/env bash
# The runtime benchmarks (bench/runtime/*.go, programs using only the language and its
# builtins), each built with llgo -O2 and with gc, their outputs (stdout and stderr)
# compared, then run side by side: N repetitions interleaved (llgo, gc, llgo, gc, ...),
# medians of wall time and of peak RSS (/usr/bin/time), the llgo/gc time ratio, and the
# executables' sizes; also median CPU time (user + system) and its ratio, steadier than wall
# time on a busy machine; for "parallel", its wall time with GOMAXPROCS=1 and 2. A program
# llgo cannot build gets a row "llgo: build failed" and the script goes on.
# Usage: bench/runtime.sh [-n N] [name...]   (names without .go)
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

# Runs $1 once; appends its wall seconds, CPU seconds (user + system) and peak RSS (KiB)
# to $2.time, $2.cpu and $2.rss.
measure() {
    /usr/bin/time -f '%e %U %S %M' -o "$2.one" "$1" >/dev/null 2>&1 || true
    read -r secs user sys kib < "$2.one"
    echo "$secs" >> "$2.time"
    awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }' >> "$2.cpu"
    echo "$kib" >> "$2.rss"
}

# Median wall seconds of $1 over n runs with GOMAXPROCS=$2.
wall_with_procs() {
    rm -f "$work/p.time" "$work/p.cpu" "$work/p.rss"
    for _ in $(seq "$n"); do GOMAXPROCS="$2" measure "$1" "$work/p"; done
    median < "$work/p.time"
}

printf '%-13s %9s %9s %7s %9s %9s %7s %9s %9s %10s %10s  %s\n' program llgo_s gc_s ratio llgo_cpu gc_cpu cpu_rat \
    llgo_MB gc_MB llgo_size gc_size note
for name in "${names[@]}"; do
    src="$repo/bench/runtime/$name.go"
    exe_l="$work/$name-llgo" exe_g="$work/$name-gc"
    if ! "$go" build -o "$exe_g" "$src" >"$work/$name.gcbuild" 2>&1; then
        printf '%-13s %s\n' "$name" "gc: build failed: $(head -1 "$work/$name.gcbuild" | cut -c1-70)"; continue
    fi
    if ! "$llgo" -O2 -o "$exe_l" "$src" >"$work/$name.llgobuild" 2>&1; then
        printf '%-13s %9s %9s %7s %9s %9s %7s %9s %9s %10s %10s  %s\n' "$name" - - - - - - - - - "$(stat -c %s "$exe_g")" \
            "llgo: build failed: $(head -1 "$work/$name.llgobuild" | cut -c1-70)"
        continue
    fi
    note=""
    "$exe_l" >"$work/$name.out-l" 2>&1 || note="llgo: exit $?"
    "$exe_g" >"$work/$name.out-g" 2>&1 || true
    if ! cmp -s "$work/$name.out-l" "$work/$name.out-g"; then note="${note:+$note; }outputs differ"; fi
    rm -f "$work"/[lg].time "$work"/[lg].cpu "$work"/[lg].rss
    for _ in $(seq "$n"); do
        measure "$exe_l" "$work/l"
        measure "$exe_g" "$work/g"
    done
    lt=$(median < "$work/l.time"); gt=$(median < "$work/g.time")
    lc=$(median < "$work/l.cpu"); gc=$(median < "$work/g.cpu")
    lr=$(median < "$work/l.rss"); gr=$(median < "$work/g.rss")
    ratio=$(awk -v a="$lt" -v b="$gt" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), a / b }')
    cratio=$(awk -v a="$lc" -v b="$gc" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), a / b }')
    printf '%-13s %9.2f %9.2f %7s %9.2f %9.2f %7s %9.1f %9.1f %10d %10d  %s\n' "$name" "$lt" "$gt" "$ratio" \
        "$lc" "$gc" "$cratio" \
        "$(awk -v k="$lr" 'BEGIN { print k / 1024 }')" "$(awk -v k="$gr" 'BEGIN { print k / 1024 }')" \
        "$(stat -c %s "$exe_l")" "$(stat -c %s "$exe_g")" "$note"
    if [[ "$name" == parallel ]]; then
        for exe in "$exe_l" "$exe_g"; do
            w1=$(wall_with_procs "$exe" 1); w2=$(wall_with_procs "$exe" 2)
            printf '  %-11s GOMAXPROCS=1 %.2f s, =2 %.2f s: speedup %s\n' "${exe##*-}" "$w1" "$w2" \
                "$(awk -v a="$w1" -v b="$w2" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), a / b }')"
        done
    fi
done
