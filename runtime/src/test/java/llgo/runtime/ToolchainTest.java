/*
 * Checks that Toolchain hands out runnable bundled LLVM tools, the same paths from every
 * thread and every call.
 */
package llgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class ToolchainTest {

    private static String output(Path tool, String argument) throws Exception {
        Process process = new ProcessBuilder(tool.toString(), argument).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), tool + " " + argument + ":\n" + text);
        return text;
    }

    @Test
    void clangIsTheBundledLlvm20() throws Exception {
        String version = output(Toolchain.clang(), "--version");
        assertTrue(version.contains("clang version 20.1"), version);
        assertTrue(version.contains("InstalledDir: " + Toolchain.binDirectory()), version);
    }

    @Test
    void lldAndLlvmLinkRun() throws Exception {
        assertTrue(output(Toolchain.lld(), "--version").contains("LLD 20.1"));
        assertTrue(output(Toolchain.llvmLink(), "--version").contains("LLVM version 20.1"));
    }

    @Test
    void versionedLibraryLinksExist() {
        for (String library : List.of("libLLVM.so.20.1", "libclang-cpp.so.20.1")) {
            assertTrue(Files.exists(Toolchain.binDirectory().resolve(library)), library);
        }
    }

    @Test
    void everyThreadSeesTheSamePaths() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<List<Path>> paths = () -> List.of(Toolchain.clang(), Toolchain.lld());
            List<Future<List<Path>>> results = pool.invokeAll(List.of(paths, paths, paths, paths));
            for (Future<List<Path>> result : results) {
                assertEquals(List.of(Toolchain.clang(), Toolchain.lld()), result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
