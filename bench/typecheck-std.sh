#!/usr/bin/env bash
# Side-by-side: parse and type-check all of std (non-test files, linux/amd64, cgo off) in
# one process, llgo's Loader (llgo.frontend.load.StdCheck) against go/parser + go/types
# with the source importer (bench/typecheck-std/main.go, built with gc 1.19). llgo runs
# with -keep-going, so that it checks every package even where an import has errors, and
# both sides do the same work. Each side runs N times (-n N, default 3), the two sides
# alternating; every run prints its package count, clean packages, lines, the time inside
# the process, lines/second, wall time, CPU time (user+system, the steadier figure on a
# busy machine) and peak RSS, and a last line per side gives the medians.
# The JVM runs as llgo-build runs it (llgo-build/bin/llgo-build): the serial collector and
# the C1 compiler only (a short run spends more CPU in C2 compiling than C2's code would
# save), and class data sharing for the application's classes as well as the JDK's: a
# first, untimed run writes an archive of the classes StdCheck loads (-XX:ArchiveClassesAtExit),
# as llgo-build's first run after a build does, and the timed runs map it. The package list
# is "CGO_ENABLED=0 go list std". Usage: bench/typecheck-std.sh [-n N]
# (after mvn -o -q -DskipTests package, which leaves a class path of jars).
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs=3
if [[ "${1:-}" == "-n" ]]; then runs="$2"; shift 2; fi
go=/usr/lib/go-1.19/bin/go
goroot="$("$go" env GOROOT)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GOCACHE="$work/gocache" GO111MODULE=off GOROOT="$goroot" CGO_ENABLED=0

classpath="$repo/llgo-build/target/classpath.txt"
[[ -f "$classpath" ]] || { echo "typecheck-std.sh: build first: mvn -o -q -DskipTests package" >&2; exit 2; }
(cd "$repo/bench/typecheck-std" && "$go" build -o "$work/typecheck-std" main.go)
"$go" list std > "$work/std.txt"
jvm_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
IFS=: read -ra entries < "$classpath" || true  # the file has no final newline
all_jars=1
for e in "${entries[@]}"; do [[ -f "$e" ]] || all_jars=0; done
if [[ $all_jars == 1 ]]; then
    java "${jvm_flags[@]}" -XX:ArchiveClassesAtExit="$work/stdcheck.jsa" -cp "$(cat "$classpath")" \
        llgo.frontend.load.StdCheck -keep-going "$goroot" > /dev/null
    jvm_flags+=(-XX:SharedArchiveFile="$work/stdcheck.jsa")
else
    echo "typecheck-std.sh: the class path has directories (run mvn package): no class data sharing archive" >&2
fi

# one row: the program's summary line, then wall, CPU and peak RSS from /usr/bin/time -v
row() {
    local out="$1" time="$2"
    head -1 "$out" | tr -d '\n'
    awk -F': ' '/Elapsed/ {n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i]}
                /User time|System time/ {c += $2}
                /Maximum resident set size/ {m = $2}
                END {printf "; wall %.1f s; CPU %.1f s; peak RSS %.0f MB\n", w, c, m / 1024}' "$time"
}
for ((i = 1; i <= runs; i++)); do
    /usr/bin/time -v java "${jvm_flags[@]}" -cp "$(cat "$classpath")" llgo.frontend.load.StdCheck -keep-going "$goroot" \
        > "$work/llgo.out" 2> "$work/llgo.time"
    row "$work/llgo.out" "$work/llgo.time" | tee -a "$work/llgo.rows"
    /usr/bin/time -v "$work/typecheck-std" < "$work/std.txt" > "$work/go.out" 2> "$work/go.time"
    row "$work/go.out" "$work/go.time" | tee -a "$work/go.rows"
done
median() {
    awk -v side="$2" '
        { for (i = 1; i <= NF; i++) {
              if ($i == "lines/s);") ls[NR] = substr($(i - 1), 2)
              if ($i == "wall") wall[NR] = $(i + 1)
              if ($i == "CPU") cpu[NR] = $(i + 1)
              if ($i == "RSS") rss[NR] = $(i + 1) } }
        function med(a,   n, k, j, t, s) { n = 0; for (k in a) s[++n] = a[k]
            for (k = 1; k <= n; k++) for (j = k + 1; j <= n; j++) if (s[j] + 0 < s[k] + 0) { t = s[k]; s[k] = s[j]; s[j] = t }
            return n % 2 ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2 }
        END { printf "%s median of %d: wall %.1f s, CPU %.1f s, %.0f lines/s (in-process time), peak RSS %.0f MB\n",
                     side, NR, med(wall), med(cpu), med(ls), med(rss) }' "$1"
}
median "$work/llgo.rows" llgo
median "$work/go.rows" go/types
tail -n +2 "$work/llgo.out"
