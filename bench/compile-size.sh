#!/usr/bin/env bash
# Compile time against program size (issue 7: no compile cliff): generates programs whose
# size grows in one dimension and times llgo-build (-O2, the default, to an executable)
# against gc (go tool compile + go tool link, no build cache) on each, N runs each,
# interleaved, reporting the median CPU time (user + system) of each, the llgo/gc ratio,
# and per family the growth factor of llgo's time from one size to the next (the size grows
# tenfold: linear cost means a factor near 10 once fixed costs are small).
#
# Families (each program's output is checked to be the same under both compilers):
#   literal N  - a package-level [N]int composite literal and a local []int literal of N
#                elements, each a call f(i)
#   array N    - [N]byte values passed to and returned from functions, stored in a struct,
#                a map and an interface, compared, and swapped in a loop (a phi)
#
# Usage: bench/compile-size.sh [-n N] [family...]   (default: 3 runs, both families)
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
n=3
if [[ "${1:-}" == "-n" ]]; then n="$2"; shift 2; fi
families=("$@")
[[ ${#families[@]} -gt 0 ]] || families=(literal array)
go=/usr/lib/go-1.19/bin/go
llgo="$repo/llgo-build/bin/llgo-build"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
# CPU seconds (user + system) of a command, its output discarded
cpu() { /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>&1; awk '{print $1 + $2}' "$work/time"; }

gen_literal() {
    local size=$1 elems
    elems=$(seq -s, 0 $((size - 1)) | sed 's/\([0-9][0-9]*\)/f(\1)/g')
    printf 'package main\n\nfunc f(i int) int { return i * 3 }\n\nvar table = [%d]int{%s}\n\n' "$size" "$elems"
    printf 'func main() {\n\ts := []int{%s}\n\tprintln(len(s), s[len(s)-1], table[len(table)-1])\n}\n' "$elems"
}

gen_array() {
    local size=$1
    cat <<EOF
package main

type A [$size]byte

type S struct {
	n int
	a A
}

type G interface{ Get() A }

func (s S) Get() A { return s.a }

func fill(k int) A {
	var a A
	for i := range a {
		a[i] = byte(i * k)
	}
	return a
}

func inc(a A) (A, int) {
	a[len(a)-1]++
	return a, int(a[len(a)-1])
}

func swap(x, y A, n int) (A, A) {
	for i := 0; i < n; i++ {
		x, y = y, x
	}
	return x, y
}

func main() {
	a := fill(3)
	b, k := inc(a)
	x, y := swap(a, b, 3)
	s := S{n: k, a: x}
	var g G = s
	m := map[int]A{1: y}
	println(k, x == b, y == a, g.Get() == s.a, m[1] == a, m[2] == A{})
}
EOF
}

sizes_literal=(1000 10000 100000)
sizes_array=(1000 10000 100000 1000000)

printf '%-8s %8s %10s %10s %8s %8s\n' family size llgo_cpu_s gc_cpu_s ratio growth
for fam in "${families[@]}"; do
    declare -n sizes="sizes_$fam"
    prev=""
    for size in "${sizes[@]}"; do
        src="$work/${fam}_$size.go"
        "gen_$fam" "$size" > "$src"
        (cd "$work" && "$go" tool compile -o "$work/p.o" "$src" && "$go" tool link -o "$work/p-gc" "$work/p.o")
        "$llgo" -o "$work/p-llgo" "$src"
        if ! diff <("$work/p-gc" 2>&1) <("$work/p-llgo" 2>&1) >/dev/null; then
            echo "$fam $size: outputs differ" >&2
        fi
        : > "$work/l"; : > "$work/g"
        for _ in $(seq "$n"); do
            cpu "$llgo" -o "$work/p-llgo" "$src" >> "$work/l"
            (cd "$work" && cpu sh -c "'$go' tool compile -o '$work/p.o' '$src' && '$go' tool link -o '$work/p-gc' '$work/p.o'") >> "$work/g"
        done
        l=$(median < "$work/l"); g=$(median < "$work/g")
        growth="-"
        [[ -n "$prev" ]] && growth=$(printf '%.2f' "$(echo "$l / $prev" | bc -l)")
        printf '%-8s %8d %10.2f %10.2f %8.2f %8s\n' "$fam" "$size" "$l" "$g" "$(echo "$l / $g" | bc -l)" "$growth"
        prev=$l
    done
    unset -n sizes
done
