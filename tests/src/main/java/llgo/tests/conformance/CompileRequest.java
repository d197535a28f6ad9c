/*
 * What a judge asks a backend to compile: one case file, for one action, inside the case's
 * private temporary directory.
 */
package llgo.tests.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * @param action     RUN needs an executable; COMPILE and ERRORCHECK only the compiler's verdict
 * @param sources    absolute paths of the case file and, for some run cases, more files of
 *                   its package (errors are reported with these names)
 * @param flags      the recipe's compiler flags (only neutral ones reach a judge)
 * @param workDir    an empty directory owned by this case, deleted afterwards
 * @param executable where a RUN compilation writes the program (inside {@code workDir})
 * @param timeLimit  how long compiling (and linking) may take
 */
public record CompileRequest(JudgedAction action, List<Path> sources, List<String> flags, Path workDir, Path executable,
                             Duration timeLimit) {
    public CompileRequest {
        sources = List.copyOf(sources);
        flags = List.copyOf(flags);
    }
}
