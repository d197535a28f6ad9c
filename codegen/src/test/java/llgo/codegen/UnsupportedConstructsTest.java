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
    void unsupportedBuiltinsAreReportedWithPositions(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("u.go");
        Files.writeString(source, """
                package main

                import "unsafe"

                func main() {
                	var x [2]int
                	p := unsafe.Add(unsafe.Pointer(&x[0]), 8)
                	q := unsafe.Add(unsafe.Pointer(&x[1]), -8)
                	println(p == q)
                }
                """);
        llgo.ssa.Package pkg = GoSources.build(source);
        LLVMContextRef ctx = LLVM.LLVMContextCreate();
        try {
            Diagnostics diag = new Diagnostics();
            Codegen.generate(pkg, ctx, diag);
            List<String> expected = List.of(
                    "u.go:7:17: not yet supported: unsafe.Add",
                    "u.go:8:17: not yet supported: unsafe.Add");
            assertEquals(expected, diag.sorted().stream().map(Object::toString).toList());
            UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> Codegen.generate(pkg, ctx));
            assertEquals(String.join("\n", expected), e.getMessage());
        } finally {
            LLVM.LLVMContextDispose(ctx);
        }
    }
}
