#!/usr/bin/env bash
# Compile-time outliers over GOROOT/test: for every `// run` case that imports nothing (its
# first line is `// run` and it has no import), times one llgo-build (-O2, to an executable)
# and one gc build (go tool compile + go tool link, no build cache) of the case file, one
# after the other, and prints the slowest cases by llgo CPU time (user + system) with gc's
# time and the ratio, then the median of each. Cases gc cannot build alone are skipped.
#
# Usage: bench/compile-sweep.sh [-top K] [pattern]   (default: the 10 slowest; pattern is a
# regular expression on the case path, e.g. fixedbugs/)
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
top=10
if [[ "${1:-}" == "-top" ]]; then top="$2"; shift 2; fi
pattern="${1:-.}"
goroot=/usr/lib/go-1.19
go="$goroot/bin/go"
llgo="$repo/llgo-build/bin/llgo-build"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cpu() { /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>&1 || true; awk 'END {print $1 + $2}' "$work/time"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

cd "$goroot/test"
find . -name '*.go' -not -path '*.dir/*' | sed 's|^\./||' | sort | grep -E -- "$pattern" | while read -r f; do
    [[ "$(head -1 "$f")" == "// run" ]] || continue
    grep -q 'import' "$f" && continue
    "$go" tool compile -o "$work/p.o" "$f" >/dev/null 2>&1 || continue
    g=$(cpu sh -c "'$go' tool compile -o '$work/p.o' '$f' && '$go' tool link -o '$work/p-gc' '$work/p.o'")
    l=$(cpu "$llgo" -o "$work/p-llgo" "$f")
    echo "$l $g $f"
done > "$work/times"

printf '%-40s %10s %10s %8s\n' case llgo_cpu_s gc_cpu_s ratio
sort -g -r "$work/times" | head -n "$top" | while read -r l g f; do
    printf '%-40s %10.2f %10.2f %8.1f\n' "$f" "$l" "$g" "$(echo "$l / $g" | bc -l)"
done
printf '%d cases; median llgo %.2f s, gc %.2f s\n' "$(wc -l < "$work/times")" \
    "$(awk '{print $1}' "$work/times" | median)" "$(awk '{print $2}' "$work/times" | median)"
