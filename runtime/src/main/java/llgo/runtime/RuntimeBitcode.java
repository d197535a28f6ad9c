/*
 * Access to the runtime bitcode built from runtime/src/main/c at Maven build time
 * (BuildRuntimeBitcode) and packaged as the classpath resource llgo/runtime/runtime.bc.
 * The driver links it with the program's modules (ABI.md is the contract between them).
 */
package llgo.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The runtime's LLVM bitcode, read from the classpath once. */
public final class RuntimeBitcode {
    /** Classpath location of the bitcode inside the runtime jar. */
    public static final String RESOURCE = "llgo/runtime/runtime.bc";

    private RuntimeBitcode() {
    }

    private static final class Holder {
        static final byte[] BYTES = read();
    }

    /** The bitcode bytes (a fresh copy on every call; the resource itself is read once). */
    public static byte[] bytes() {
        return Holder.BYTES.clone();
    }

    private static byte[] read() {
        try (InputStream in = RuntimeBitcode.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("runtime bitcode resource " + RESOURCE
                        + " is missing: build the runtime module with Maven first");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
