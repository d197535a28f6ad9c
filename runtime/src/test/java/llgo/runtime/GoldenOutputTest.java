/*
 * Runs the C test programs linked with the runtime bitcode and compares their exact
 * standard error and exit status with gc's output for the equivalent Go programs
 * (programs/*.go, recorded in programs/*.golden by programs/regenerate-golden.sh).
 */
package llgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoldenOutputTest {

    @ParameterizedTest
    @ValueSource(strings = {"numbers", "strings", "growslice", "memory", "maps"})
    void printsExactlyAsGc(String program) throws Exception {
        assertEquals(NativeProgram.golden(program), NativeProgram.named(program).run());
    }

    @Test
    void printsPointersSlicesAndInterfacesInGcsShape() throws Exception {
        // nil pointers, slices and interfaces print 0x0, which withoutAddresses keeps
        String expected = NativeProgram.withoutAddresses(NativeProgram.golden("pointers"));
        assertEquals(expected, NativeProgram.withoutAddresses(NativeProgram.named("pointers").run()));
    }

    static Stream<Arguments> panicCases() throws IOException {
        return Files.readAllLines(NativeProgram.programsDirectory().resolve("panics.cases"), StandardCharsets.UTF_8)
                .stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split(" "))
                .map(fields -> Arguments.of(fields[0], fields.length > 1 && fields[1].equals("addresses")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("panicCases")
    void panicsExactlyAsGc(String name, boolean addressesVary) throws Exception {
        String expected = NativeProgram.golden("panics." + name);
        String actual = NativeProgram.named("panics").run(name);
        if (addressesVary) {
            expected = NativeProgram.withoutAddresses(expected);
            actual = NativeProgram.withoutAddresses(actual);
        }
        assertEquals(expected, actual);
    }
}
