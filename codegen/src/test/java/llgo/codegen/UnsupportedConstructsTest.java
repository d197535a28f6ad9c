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
    void promotedInterfaceMethodsAreReportedWithPositions(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("u.go");
        Files.writeString(source, """
                package main

                type I interface{ M() }
                type T struct{ I }
                type U struct{ I }

                func main() {
                	var i I = T{}
                	var j I = U{}
                	println(i != nil, j != nil)
                }
                """);
        llgo.ssa.Package pkg = GoSources.build(source);
        LLVMContextRef ctx = LLVM.LLVMContextCreate();
        try {
            Diagnostics diag = new Diagnostics();
            Codegen.generate(pkg, ctx, diag);
            List<String> expected = List.of(
                    "u.go:8:6: not yet supported: conversion of main.T to main.I (methods promoted from an embedded interface)",
                    "u.go:9:6: not yet supported: conversion of main.U to main.I (methods promoted from an embedded interface)");
            assertEquals(expected, diag.sorted().stream().map(Object::toString).toList());
            UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> Codegen.generate(pkg, ctx));
            assertEquals(String.join("\n", expected), e.getMessage());
        } finally {
            LLVM.LLVMContextDispose(ctx);
        }
    }
}
