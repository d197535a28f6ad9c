#!/usr/bin/env bash
# Side-by-side timing of `llgo-build -run` and `go run` on the same program, warm
# (one untimed run of each first), N runs each interleaved, medians reported; plus the
# sizes of the two executables. Usage: bench/hello.sh [file.go] [N]
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
src="$(readlink -f "${1:-$repo/examples/hello.go}")"
n="${2:-5}"
go=/usr/lib/go-1.19/bin/go
llgo="$repo/llgo-build/bin/llgo-build"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GOCACHE="$work/gocache" GO111MODULE=off

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

"$llgo" -run "$src" >/dev/null 2>&1
"$go" run "$src" >/dev/null 2>&1
for _ in $(seq "$n"); do
    t0=$(now); "$llgo" -run "$src" >/dev/null 2>&1; t1=$(now)
    "$go" run "$src" >/dev/null 2>&1; t2=$(now)
    echo "$t1 - $t0" | bc -l >> "$work/llgo"
    echo "$t2 - $t1" | bc -l >> "$work/gc"
done
l=$(median < "$work/llgo"); g=$(median < "$work/gc")
printf 'run (median of %d, warm): llgo-build -run %.3f s, go run %.3f s, ratio %.2f\n' "$n" "$l" "$g" "$(echo "$l / $g" | bc -l)"

(cd "$work" && "$llgo" -o "$work/hello-llgo" "$src" && "$go" build -o "$work/hello-gc" "$src")
ls=$(stat -c %s "$work/hello-llgo"); gs=$(stat -c %s "$work/hello-gc")
printf 'size: llgo %d bytes, gc %d bytes, ratio %.3f\n' "$ls" "$gs" "$(echo "$ls / $gs" | bc -l)"
