/*
 * The llgo-build command: builds, or with -run builds and runs, one Go package given as
 * files, like "go build" and "go run" (see CommandLine for the flags). Exit status: 0 on
 * success (with -run, the program's own status), 1 when the input has errors (printed on
 * standard error as gc prints them), 2 for a usage error or an internal compiler error —
 * which is a bug and is reported as one line, never as a Java stack trace.
 */
package llgo.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class Main {
    static final int EXIT_ERRORS = 1;
    static final int EXIT_USAGE_OR_BUG = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(Arrays.asList(args), System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /** Runs the command and returns its exit status; prints only to {@code out} and {@code err}. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            CommandLine commandLine;
            try {
                commandLine = CommandLine.parse(args);
            } catch (CommandLine.UsageError usage) {
                if (!usage.getMessage().isEmpty()) {
                    err.println(usage.getMessage());
                }
                err.print(CommandLine.USAGE);
                return EXIT_USAGE_OR_BUG;
            }
            return commandLine.run() ? buildAndRun(commandLine, out, err) : build(commandLine, out, err);
        } catch (Throwable bug) {
            err.println("llgo-build: internal compiler error: " + describe(bug));
            return EXIT_USAGE_OR_BUG;
        }
    }

    private static int build(CommandLine commandLine, PrintStream out, PrintStream err) throws IOException {
        Compiler compiler = new Compiler(commandLine.options(), out);
        String requested = commandLine.output().orElse(commandLine.defaultOutputName());
        if (requested.equals("-")) {
            return buildToStandardOutput(compiler, commandLine, out, err);
        }
        Path output = Path.of(requested);
        if (commandLine.output().isPresent() && Files.isDirectory(output)) {
            output = output.resolve(commandLine.defaultOutputName());
        }
        return report(compiler.build(paths(commandLine.files()), output), err);
    }

    /** "-o -": build into a temporary file, then copy it to standard output. */
    private static int buildToStandardOutput(Compiler compiler, CommandLine commandLine, PrintStream out,
                                             PrintStream err) throws IOException {
        try (TemporaryDirectory directory = TemporaryDirectory.create("llgo-build-")) {
            Path file = directory.path().resolve(commandLine.defaultOutputName());
            int status = report(compiler.build(paths(commandLine.files()), file), err);
            if (status == 0) {
                Files.copy(file, out);
                out.flush();
            }
            return status;
        }
    }

    /** -run: build in a temporary directory, run with this process's standard streams, delete. */
    private static int buildAndRun(CommandLine commandLine, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        TemporaryDirectory directory = TemporaryDirectory.create("llgo-run-");
        Thread cleanup = new Thread(directory::close);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Path executable = directory.path().resolve(commandLine.defaultOutputName());
            int status = report(new Compiler(commandLine.options(), out).build(paths(commandLine.files()), executable), err);
            if (status != 0) {
                return status;
            }
            out.flush();
            err.flush();
            List<String> command = new ArrayList<>();
            command.add(executable.toString());
            command.addAll(commandLine.programArgs());
            Process process = new ProcessBuilder(command).inheritIO().start();
            return process.waitFor();
        } finally {
            directory.close();
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    private static int report(BuildResult result, PrintStream err) {
        result.errors().forEach(err::println);
        return result.ok() ? 0 : EXIT_ERRORS;
    }

    private static List<Path> paths(List<String> files) {
        return files.stream().map(Path::of).toList();
    }

    private static String describe(Throwable bug) {
        String message = bug.getMessage();
        return message == null || message.isBlank() ? bug.getClass().getName() : message;
    }
}
