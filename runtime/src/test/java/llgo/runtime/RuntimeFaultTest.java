/*
 * A hardware fault in the runtime's own C code stays fatal (ABI.md "Run-time errors", the
 * fault handlers): it is not turned into a recoverable panic, so a deferred call that would
 * recover it never runs, and the program ends with the nil dereference text and exit
 * status 2. The C test programs include llgo.h, so their code lies in the runtime's section
 * as the runtime's does. (Faults in compiled Go code becoming recoverable panics are tested
 * by codegen's fault*.go programs.)
 */
package llgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RuntimeFaultTest {

    @Test
    void faultInRuntimeCodeIsNotRecoverable() throws Exception {
        assertEquals("""
                panic: runtime error: invalid memory address or nil pointer dereference
                [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=PC]

                goroutine 1 [running]:
                [exit 2]
                """, NativeProgram.withoutAddresses(NativeProgram.named("panics").run("runtime_fault")));
    }
}
