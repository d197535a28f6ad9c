// Command typecheck-std is the reference side of bench/typecheck-std.sh: it parses and
// type-checks every standard package named on standard input (one import path a line,
// as "go list std" prints them) with go/parser and go/types, through the source importer
// (go/importer.ForCompiler(fset, "source", nil)), which checks each package once from
// source, dependencies first, in one process. Files are selected as llgo selects them:
// linux/amd64, cgo off, tags purego and math_big_pure_go. It prints how many packages
// checked cleanly, the lines of their non-test files, and the time taken.
package main

import (
	"bufio"
	"fmt"
	"go/build"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	ctxt := build.Default
	ctxt.GOOS, ctxt.GOARCH, ctxt.CgoEnabled = "linux", "amd64", false
	ctxt.BuildTags = []string{"purego", "math_big_pure_go"}
	build.Default = ctxt // the source importer reads build.Default

	var paths []string
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		if p := strings.TrimSpace(in.Text()); p != "" {
			paths = append(paths, p)
		}
	}

	start := time.Now()
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil).(types.ImporterFrom)
	ok, lines := 0, 0
	for _, path := range paths {
		if _, err := imp.ImportFrom(path, filepath.Join(ctxt.GOROOT, "src"), 0); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			continue
		}
		ok++
	}
	elapsed := time.Since(start).Seconds()
	for _, path := range paths {
		if p, err := ctxt.Import(path, filepath.Join(ctxt.GOROOT, "src"), 0); err == nil {
			for _, f := range p.GoFiles {
				data, _ := os.ReadFile(filepath.Join(p.Dir, f))
				lines += strings.Count(string(data), "\n")
			}
		}
	}
	fmt.Printf("go/types: %d packages, %d type-check cleanly; %d lines in %.2f s (%.0f lines/s)\n",
		len(paths), ok, lines, elapsed, float64(lines)/elapsed)
}
