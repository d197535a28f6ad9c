/*
 * Tests the llgo-build flag syntax (CommandLine): go-tool style flags, -run's split of
 * files and program arguments, the default output name, and usage errors.
 */
package llgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static CommandLine parse(String... args) throws CommandLine.UsageError {
        return CommandLine.parse(List.of(args));
    }

    private static String usageError(String... args) {
        return assertThrows(CommandLine.UsageError.class, () -> parse(args)).getMessage();
    }

    @Test
    void defaultsToO2AndTheFirstFileNameWithoutGo() throws Exception {
        CommandLine line = parse("dir/x.go", "y.go");
        assertEquals(BuildOptions.defaults(), line.options());
        assertEquals(Optional.empty(), line.output());
        assertEquals(List.of("dir/x.go", "y.go"), line.files());
        assertEquals("x", line.defaultOutputName());
        assertFalse(line.run());
    }

    @Test
    void readsOutputAndOptimisationLevel() throws Exception {
        CommandLine line = parse("-O0", "-o", "out", "x.go");
        assertEquals(0, line.options().optLevel());
        assertEquals(Optional.of("out"), line.output());
        assertEquals(Optional.of("bin/p"), parse("--o=bin/p", "-O3", "x.go").output());
        assertEquals(3, parse("-O1", "-O3", "x.go").options().optLevel());
    }

    @Test
    void emitLlvmDefaultsToALlFile() throws Exception {
        CommandLine line = parse("-emit-llvm", "-S", "-o", "-", "x.go");
        assertTrue(line.options().emitLlvm());
        assertEquals(Optional.of("-"), line.output());
        assertEquals("x.ll", parse("-emit-llvm", "-S", "x.go").defaultOutputName());
    }

    @Test
    void dashEReportsEveryError() throws Exception {
        assertFalse(parse("x.go").options().allErrors());
        assertTrue(parse("-e", "x.go").options().allErrors());
        assertEquals(BuildOptions.defaults().withAllErrors(true), parse("--e", "x.go").options());
        assertEquals("flag does not take a value: -e", usageError("-e=1", "x.go"));
    }

    @Test
    void runSplitsFilesFromProgramArguments() throws Exception {
        CommandLine line = parse("-O1", "-run", "a.go", "b.go", "arg1", "c.go", "-x");
        assertTrue(line.run());
        assertEquals(List.of("a.go", "b.go"), line.files());
        assertEquals(List.of("arg1", "c.go", "-x"), line.programArgs());
    }

    @Test
    void flagsEndAtTheFirstFile() throws Exception {
        assertEquals(List.of("x.go", "-o", "y"), parse("x.go", "-o", "y").files());
    }

    @Test
    void rejectsBadCommandLines() {
        assertEquals("flag provided but not defined: -O4", usageError("-O4", "x.go"));
        assertEquals("flag needs an argument: -o", usageError("-o"));
        assertEquals("-S requires -emit-llvm", usageError("-S", "x.go"));
        assertEquals("no Go files listed", usageError("-O2"));
        assertEquals("go run: no go files listed", usageError("-run", "arg"));
        assertEquals("", usageError("-h"));
    }
}
