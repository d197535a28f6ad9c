/*
 * Golden IR tests (after TinyGo's compiler tests): for each src/test/resources/codegen/X.ll,
 * the corpus program tests/testdata/X.go is compiled to LLVM IR, which must pass the verifier
 * and then, without its line tables (debug metadata, LineTables), match X.ll loosely: comments,
 * blank lines, value and attribute-group numbering are ignored, so renumbering registers
 * does not break a test but any change of instructions or types does. Run with
 * -Dllgo.updateGolden=true to rewrite the .ll files from the current output.
 */
package llgo.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.global.LLVM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldenIrTest {
    private static final boolean UPDATE = Boolean.getBoolean("llgo.updateGolden");

    static Stream<Path> programs() throws Exception { return GoSources.programs().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void irMatchesGolden(Path source) throws Exception {
        llgo.ssa.Package pkg = GoSources.build(source);
        LLVMContextRef ctx = LLVM.LLVMContextCreate();
        try {
            LLVMModuleRef module = Codegen.generate(pkg, ctx);
            assertNull(IrText.verify(module), () -> IrText.print(module));
            LLVM.LLVMStripModuleDebugInfo(module);      // the golden IR leaves out the line tables (LineTables)
            String ir = IrText.print(module);
            Path golden = GoSources.goldenIr(source);
            if (UPDATE) {
                Files.writeString(golden, ir);
                return;
            }
            assertTrue(Files.exists(golden), "missing " + golden + " (run with -Dllgo.updateGolden=true)");
            assertEquals(normalise(Files.readString(golden)), normalise(ir), "IR differs from " + golden);
        } finally {
            LLVM.LLVMContextDispose(ctx);
        }
    }

    /** The IR without comments, blank lines and numbering of unnamed values and attribute groups. */
    static String normalise(String ir) {
        List<String> lines = new ArrayList<>();
        for (String line : ir.split("\n")) {
            String l = line.replaceAll(";.*$", "").replaceAll("%[0-9]+\\b", "%N").replaceAll("#[0-9]+\\b", "#N").strip();
            if (!l.isEmpty() && !l.startsWith("source_filename")) lines.add(l.replaceAll("\\s+", " "));
        }
        return String.join("\n", lines);
    }
}
