/*
 * Test support: runs a built executable with no input and captures its exit status,
 * standard output and standard error.
 */
package llgo.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

record ProgramRun(int status, String stdout, String stderr) {
    static ProgramRun of(Path executable) throws IOException, InterruptedException {
        Path out = Files.createTempFile("llgo-run-", ".out");
        Path err = Files.createTempFile("llgo-run-", ".err");
        try {
            Process process = new ProcessBuilder(executable.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(executable + " did not finish within 60 s");
            }
            return new ProgramRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
