/*
 * Checks the packaged runtime bitcode against the contract of runtime/ABI.md: the target
 * triple, the C main calling llgo.main, and every runtime function ABI.md lists defined
 * with the number of parameters its C signature there has.
 */
package llgo.runtime;

import static org.bytedeco.llvm.global.LLVM.LLVMContextCreate;
import static org.bytedeco.llvm.global.LLVM.LLVMContextDispose;
import static org.bytedeco.llvm.global.LLVM.LLVMCountParams;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateMemoryBufferWithMemoryRangeCopy;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.bytedeco.llvm.global.LLVM.LLVMGetNamedFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMGetTarget;
import static org.bytedeco.llvm.global.LLVM.LLVMIsDeclaration;
import static org.bytedeco.llvm.global.LLVM.LLVMParseBitcodeInContext2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RuntimeBitcodeTest {
    /** A C prototype in ABI.md: {@code [_Noreturn] type name(params);}. */
    private static final Pattern PROTOTYPE = Pattern.compile("(?m)^\\s+[\\w\\s*]*?\\b(llgo_\\w+)\\(([^)]*)\\);");

    private static LLVMContextRef context;
    private static LLVMModuleRef module;

    @BeforeAll
    static void parse() {
        byte[] bitcode = RuntimeBitcode.bytes();
        context = LLVMContextCreate();
        LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(
                new BytePointer(bitcode), bitcode.length, new BytePointer("runtime.bc"));
        module = new LLVMModuleRef();
        assertEquals(0, LLVMParseBitcodeInContext2(context, buffer, module), "runtime.bc does not parse");
    }

    @AfterAll
    static void dispose() {
        LLVMDisposeModule(module);
        LLVMContextDispose(context);
    }

    @Test
    void targetsX8664Linux() {
        assertEquals("x86_64-unknown-linux-gnu", LLVMGetTarget(module).getString());
    }

    @Test
    void definesCMainAndLeavesLlgoMainToTheDriver() {
        LLVMValueRef main = LLVMGetNamedFunction(module, "main");
        assertNotNull(main);
        assertEquals(0, LLVMIsDeclaration(main));
        LLVMValueRef programMain = LLVMGetNamedFunction(module, "llgo.main");
        assertNotNull(programMain, "main must call llgo.main");
        assertEquals(1, LLVMIsDeclaration(programMain));
    }

    @Test
    void definesEveryFunctionOfTheAbiWithItsArity() throws Exception {
        Map<String, Integer> prototypes = abiPrototypes();
        assertTrue(prototypes.size() > 30, "ABI.md lists the runtime functions: " + prototypes.keySet());
        prototypes.forEach((name, arity) -> {
            LLVMValueRef function = LLVMGetNamedFunction(module, name);
            assertNotNull(function, name + " is in ABI.md but not in the runtime");
            assertEquals(0, LLVMIsDeclaration(function), name + " is only declared");
            assertEquals(arity, LLVMCountParams(function), name + " has the wrong number of parameters");
        });
    }

    @Test
    void bytesAreACopy() {
        byte[] first = RuntimeBitcode.bytes();
        first[0] = 0;
        assertFalse(RuntimeBitcode.bytes()[0] == 0, "callers must not be able to corrupt the shared bitcode");
    }

    private static Map<String, Integer> abiPrototypes() throws Exception {
        String abi = Files.readString(Path.of("ABI.md"), StandardCharsets.UTF_8);
        Map<String, Integer> prototypes = new LinkedHashMap<>();
        Matcher m = PROTOTYPE.matcher(abi);
        while (m.find()) {
            String params = m.group(2).strip();
            int arity = params.isEmpty() || params.equals("void") ? 0 : params.split(",").length;
            prototypes.put(m.group(1), arity);
        }
        return prototypes;
    }
}
