/*
 * Links the program's object file into an executable with the clang driver and lld bundled
 * in the LLVM jar (llgo.runtime.Toolchain; docs/LLVM.md "The tools inside the jar"): the
 * driver finds the system's crt files, libc and libgcc; -lm for the runtime's math.
 */
package llgo.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import llgo.runtime.Toolchain;

final class NativeLinker {
    private NativeLinker() {
    }

    /** Links {@code object} into the executable {@code output}. A link failure is a compiler bug. */
    static void link(Path object, Path output) {
        List<String> command = List.of(Toolchain.clang().toString(), "-fuse-ld=lld",
                object.toString(), "-o", output.toString(), "-lm");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String log;
            try (InputStream in = process.getInputStream()) {
                log = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = process.waitFor();
            if (status != 0) {
                throw new InternalCompilerError("linking " + output + " failed (clang exit status " + status + "):\n"
                        + log.strip());
            }
        } catch (IOException e) {
            throw new InternalCompilerError("cannot run the bundled clang: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InternalCompilerError("interrupted while linking " + output, e);
        }
    }
}
