#!/usr/bin/env bash
# Side-by-side: parse and type-check all of std (non-test files, linux/amd64, cgo off) in
# one process, llgo's Loader (llgo.frontend.load.StdCheck) against go/parser + go/types
# with the source importer (bench/typecheck-std/main.go, built with gc 1.19). llgo runs
# with -keep-going, so that it checks every package even where an import has errors, and
# both sides do the same work. Prints each side's package count, clean packages, lines,
# wall time, lines/second, CPU time (user+system, telling on a busy machine) and peak RSS.
# The package list is "CGO_ENABLED=0 go list std". Usage: bench/typecheck-std.sh
# (after mvn -o -q -DskipTests package).
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
go=/usr/lib/go-1.19/bin/go
goroot="$("$go" env GOROOT)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GOCACHE="$work/gocache" GO111MODULE=off GOROOT="$goroot" CGO_ENABLED=0

classpath="$repo/llgo-build/target/classpath.txt"
[[ -f "$classpath" ]] || { echo "typecheck-std.sh: build first: mvn -o -q -DskipTests package" >&2; exit 2; }
(cd "$repo/bench/typecheck-std" && "$go" build -o "$work/typecheck-std" main.go)
"$go" list std > "$work/std.txt"

rss() { awk '/Maximum resident set size/ {printf "%.0f MB", $6 / 1024}' "$1"; }
cpu() { awk -F': ' '/User time|System time/ {t += $2} END {printf "%.1f s", t}' "$1"; }

/usr/bin/time -v java -cp "$(cat "$classpath")" llgo.frontend.load.StdCheck -keep-going "$goroot" \
    > "$work/llgo.out" 2> "$work/llgo.time"
head -1 "$work/llgo.out" | tr -d '\n'; echo "; CPU $(cpu "$work/llgo.time"); peak RSS $(rss "$work/llgo.time")"
/usr/bin/time -v "$work/typecheck-std" < "$work/std.txt" > "$work/go.out" 2> "$work/go.time"
tr -d '\n' < "$work/go.out"; echo "; CPU $(cpu "$work/go.time"); peak RSS $(rss "$work/go.time")"
tail -n +2 "$work/llgo.out"
