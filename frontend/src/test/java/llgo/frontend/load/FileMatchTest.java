/*
 * File selection as go/build does it: name suffixes (go/build's TestGoodOSArch cases),
 * header constraints (TestShouldBuild cases: //go:build controls, +build lines only before
 * the blank line that ends the leading comments) and the tags of llgo's context.
 */
package llgo.frontend.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileMatchTest {
    private static final BuildContext LLGO = BuildContext.llgo();

    private static boolean good(String name) { return FileMatch.goodOSArchFile(name, LLGO::matchTag); }

    private static boolean build(String header) throws FileMatch.BadHeader {
        return FileMatch.shouldBuild(header.getBytes(StandardCharsets.UTF_8), LLGO::matchTag);
    }

    @Test
    void nameSuffixes() {
        assertTrue(good("file.go"));
        assertTrue(good("file_foo.go"));
        assertTrue(good("file_linux.go"));
        assertTrue(good("file_amd64.go"));
        assertTrue(good("file_linux_amd64.go"));
        assertTrue(good("file_linux_amd64_test.go"));
        assertTrue(good("linux.go"), "a bare GOOS name is no suffix (Go 1.4 rule)");
        assertTrue(good("windows.go"));
        assertFalse(good("file_windows.go"));
        assertFalse(good("file_386.go"));
        assertFalse(good("file_linux_386.go"));
        assertFalse(good("file_windows_amd64.go"));
        assertFalse(good("file_darwin_test.go"));
        assertTrue(good("file_foo_amd64.go"));
        assertFalse(good("file_foo_arm64.go"));
    }

    @Test
    void tags() {
        assertTrue(LLGO.matchTag("linux"));
        assertTrue(LLGO.matchTag("amd64"));
        assertTrue(LLGO.matchTag("unix"));
        assertTrue(LLGO.matchTag("gc"));
        assertTrue(LLGO.matchTag("purego"));
        assertTrue(LLGO.matchTag("math_big_pure_go"));
        assertTrue(LLGO.matchTag("go1.1"));
        assertTrue(LLGO.matchTag("go1.19"));
        assertTrue(LLGO.matchTag("goexperiment.regabiargs"));
        assertFalse(LLGO.matchTag("go1.20"));
        assertFalse(LLGO.matchTag("cgo"));
        assertFalse(LLGO.matchTag("gccgo"));
        assertFalse(LLGO.matchTag("windows"));
        assertFalse(LLGO.matchTag("ignore"));
    }

    @Test
    void goBuildControls() throws FileMatch.BadHeader {
        assertTrue(build("//go:build linux && amd64\n\npackage p\n"));
        assertFalse(build("//go:build !linux\n\npackage p\n"));
        assertTrue(build("//go:build go1.18 && !cgo\n// +build windows\n\npackage p\n"), "//go:build wins over +build");
        assertFalse(build("// Copyright\n\n//go:build ignore\n\npackage main\n"));
        assertTrue(build("// Copyright\n\n/* block\n//go:build ignore\n*/\npackage main\n"), "not in a /* */ comment");
    }

    @Test
    void plusBuildLines() throws FileMatch.BadHeader {
        assertFalse(build("// +build windows\n\npackage p\n"));
        assertTrue(build("// +build windows linux\n\npackage p\n"));
        assertFalse(build("// +build linux\n// +build 386\n\npackage p\n"));
        assertTrue(build("// +build windows\npackage p\n"), "a +build line must be followed by a blank line");
        assertTrue(build("package p\n\n// +build windows\n"), "only before the package clause");
        assertFalse(build("// +build ignore\n\npackage p\n"));
    }

    @Test
    void badHeaders() {
        assertThrows(FileMatch.BadHeader.class, () -> build("//go:build linux\n//go:build amd64\n\npackage p\n"));
        assertThrows(FileMatch.BadHeader.class, () -> build("//go:build linux &&\n\npackage p\n"));
    }
}
