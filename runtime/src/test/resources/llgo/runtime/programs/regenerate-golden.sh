#!/bin/sh
# Regenerates the *.golden files of this directory from gc (go1.19), the oracle.
# A golden file holds the program's standard error up to and including gc's
# "goroutine 1 [running]:" line (the stack trace after it is not reproduced by llgo),
# followed by a line "[exit N]" with the exit status. Run from this directory.
set -eu
GO=/usr/lib/go-1.19/bin/go
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

capture() { # capture <binary> <golden> [arg]
    set +e
    "$1" ${3:-} 2>"$work/stderr" >/dev/null
    status=$?
    set -e
    sed -n '1,/^goroutine 1 \[running\]:$/p' "$work/stderr" >"$2"
    echo "[exit $status]" >>"$2"
}

for program in numbers strings pointers growslice memory maps; do
    "$GO" build -o "$work/$program" "$program.go"
    capture "$work/$program" "$program.golden"
done

"$GO" build -o "$work/panics" panics.go
grep -v '^#' panics.cases | while read -r name flags; do
    capture "$work/panics" "panics.$name.golden" "$name"
done
