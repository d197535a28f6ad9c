#!/usr/bin/env bash
# Regenerates the expectations of the golden tests (llgo.tests.golden.GoldenTest) with gc,
# the oracle: same program, same output.
#
#   x.go          a program; gc builds it and runs it with no input:
#   x.out         its standard output (always written, often empty: println writes to stderr)
#   x.err         its standard error, when not empty; for a panic, cut after the line
#                 "goroutine 1 [running]:" (gc's traceback that follows cannot match)
#   x.status      its exit status, when not 0
#   traces/x.go   a program that panics; traces/x.trace is gc's goroutine trace (the lines
#                 after "goroutine 1 [running]:"), compared by TracebackTest
#   errors/x.go   a program gc rejects
#   errors/x.errors  gc's error lines, with the file named as given ("x.go:L:C: message")
set -euo pipefail

GO="${GO:-/usr/lib/go-1.19/bin/go}"
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GOCACHE="${GOCACHE:-$work/cache}" GO111MODULE=off GOFLAGS=

cd "$here"
for file in *.go; do
    name="${file%.go}"
    "$GO" build -o "$work/$name" "$file"
    set +e
    "$work/$name" <"/dev/null" >"$name.out" 2>"$work/$name.stderr"
    status=$?
    set -e
    sed '/^goroutine 1 \[running\]:$/q' "$work/$name.stderr" >"$work/$name.err"
    if [[ -s "$work/$name.err" ]]; then mv "$work/$name.err" "$name.err"; else rm -f "$name.err"; fi
    if [[ "$status" -ne 0 ]]; then echo "$status" >"$name.status"; else rm -f "$name.status"; fi
    echo "$file: exit $status"
done

cd "$here/traces"
for file in *.go; do
    name="${file%.go}"
    "$GO" build -o "$work/$name" "$file"
    set +e
    "$work/$name" <"/dev/null" >/dev/null 2>"$work/$name.stderr"
    set -e
    sed '1,/^goroutine 1 \[running\]:$/d' "$work/$name.stderr" >"$name.trace"
    echo "traces/$file: $(wc -l <"$name.trace") trace lines"
done

cd "$here/errors"
for file in *.go; do
    name="${file%.go}"
    if "$GO" build -o "$work/rejected" "$file" 2>"$work/$name.log"; then
        echo "errors/$file: gc accepted it; it must not compile" >&2
        exit 1
    fi
    grep -v '^# ' "$work/$name.log" | sed 's|^\./||' >"$name.errors"
    echo "errors/$file: $(wc -l <"$name.errors") error lines"
done
