/*
 * Checks the llgo_alloc guarantees of ABI.md ("memory") that no Go program can print,
 * through programs/alloc.c, which reports each property as a line "name true|false".
 */
package llgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void blocksAreZeroedAlignedAndZeroSizeBlocksDistinct() throws Exception {
        assertEquals("""
                aligned true
                zeroed true
                zero-size-non-nil true
                zero-size-distinct true
                [exit 0]
                """, NativeProgram.named("alloc").run());
    }
}
