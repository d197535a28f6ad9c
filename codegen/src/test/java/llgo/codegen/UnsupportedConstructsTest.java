/*
 * Constructs the code generator does not handle yet are reported through Diagnostics as
 * "not yet supported: ..." at the position of the instruction that needs them, every one of
 * them, without an exception; the overload without Diagnostics throws one exception that
 * lists them all.
 */
package llgo.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.global.LLVM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import llgo.frontend.Diagnostics;

class UnsupportedConstructsTest {
    @Test
    void channelsAndGoStatementsAreReportedWithPositions(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("chans.go");
        Files.writeString(source, """
                package main

                func main() {
                	c := make(chan int)
                	c <- 1
                	go println("bye")
                	println(len(c))
                }
                """);
        llgo.ssa.Package pkg = GoSources.build(source);
        LLVMContextRef ctx = LLVM.LLVMContextCreate();
        try {
            Diagnostics diag = new Diagnostics();
            Codegen.generate(pkg, ctx, diag);
            List<String> expected = List.of(
                    "chans.go:4:7: not yet supported: channel",
                    "chans.go:5:2: not yet supported: channel send",
                    "chans.go:6:2: not yet supported: go statement",
                    "chans.go:7:13: not yet supported: len of chan int");
            assertEquals(expected, diag.sorted().stream().map(Object::toString).toList());
            UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> Codegen.generate(pkg, ctx));
            assertEquals(String.join("\n", expected), e.getMessage());
        } finally {
            LLVM.LLVMContextDispose(ctx);
        }
    }
}
