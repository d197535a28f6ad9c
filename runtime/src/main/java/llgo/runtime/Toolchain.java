/*
 * The LLVM tools bundled in the bytedeco jar (clang, ld.lld, llvm-link), made runnable.
 * JavaCPP's Loader extracts the whole LLVM distribution into its cache; the executables
 * look for libLLVM.so.20.1 and libclang-cpp.so.20.1 beside themselves (RUNPATH $ORIGIN)
 * but the jar ships only the unversioned names, so we add the two symbolic links
 * (see docs/LLVM.md, "The tools inside the jar"). No system LLVM is used.
 */
package llgo.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.javacpp.Loader;

/** Paths of the bundled LLVM executables; every method is idempotent and thread-safe. */
public final class Toolchain {
    private static final String LIB_VERSION_SUFFIX = ".20.1";

    private static volatile Path binDirectory;

    private Toolchain() {
    }

    /** The bundled {@code clang} driver (also usable as the link driver with {@code -fuse-ld=lld}). */
    public static Path clang() {
        return tool("clang");
    }

    /** The bundled ELF linker {@code ld.lld}. */
    public static Path lld() {
        return tool("ld.lld");
    }

    /** The bundled {@code llvm-link}, which merges bitcode files. */
    public static Path llvmLink() {
        return tool("llvm-link");
    }

    /** The directory holding the extracted executables. */
    public static Path binDirectory() {
        Path dir = binDirectory;
        if (dir == null) {
            synchronized (Toolchain.class) {
                dir = binDirectory;
                if (dir == null) {
                    dir = extract();
                    binDirectory = dir;
                }
            }
        }
        return dir;
    }

    private static Path tool(String name) {
        Path path = binDirectory().resolve(name);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("bundled LLVM tool missing or not executable: " + path);
        }
        return path;
    }

    private static Path extract() {
        try {
            String clang = Loader.load(org.bytedeco.llvm.program.clang.class);
            Loader.load(org.bytedeco.llvm.program.llvm.class);
            if (clang == null) {
                throw new IllegalStateException("JavaCPP could not extract the bundled clang");
            }
            Path dir = Path.of(clang).toAbsolutePath().getParent();
            linkVersioned(dir, "libLLVM.so");
            linkVersioned(dir, "libclang-cpp.so");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the bundled LLVM tools", e);
        }
    }

    /** Creates {@code name.20.1 -> name} in {@code dir} unless it exists (another process may race us). */
    private static void linkVersioned(Path dir, String name) throws IOException {
        Path link = dir.resolve(name + LIB_VERSION_SUFFIX);
        if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.createSymbolicLink(link, Path.of(name));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another JVM created it between our check and our attempt: fine
        }
    }
}
