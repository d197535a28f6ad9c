/*
 * The llgo-build command line, parsed as the go tool parses its flags (Go's flag package:
 * flags come first, "-flag" or "--flag", "-o out" or "-o=out"; the first argument that is
 * not a flag ends them):
 *
 *     llgo-build [-o out] [-O0|-O1|-O2|-O3] [-e] [-emit-llvm [-S]] [-dump-ast] [-dump-ssa] files.go...
 *     llgo-build [flags] -run files.go... [program arguments]
 *
 * With -run, the files are the leading arguments that end in ".go"; the first one that
 * does not starts the program's arguments, as with "go run".
 */
package llgo.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

record CommandLine(Optional<String> output, BuildOptions options, boolean run, List<String> files,
                   List<String> programArgs) {

    static final String USAGE = """
            usage: llgo-build [-o output] [-O0|-O1|-O2|-O3] [-e] [-emit-llvm -S] [-dump-ast] [-dump-ssa] files.go...
                   llgo-build [flags] -run files.go... [arguments...]
            """;

    /** A command line that cannot be parsed; the message is printed before the usage text. */
    static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** Parses {@code args}; a request for help is a UsageError with an empty message. */
    static CommandLine parse(List<String> args) throws UsageError {
        Optional<String> output = Optional.empty();
        int optLevel = BuildOptions.DEFAULT_OPT_LEVEL;
        boolean emitLlvm = false;
        boolean textual = false;
        boolean dumpAst = false;
        boolean dumpSsa = false;
        boolean run = false;
        boolean allErrors = false;
        int i = 0;
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                i++;
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            String flag = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
            String value = null;
            int eq = flag.indexOf('=');
            if (eq >= 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            }
            switch (flag) {
                case "o" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageError("flag needs an argument: -o");
                        }
                        value = args.get(++i);
                    }
                    output = Optional.of(value);
                }
                case "O0", "O1", "O2", "O3" -> optLevel = flag.charAt(1) - '0';
                case "emit-llvm" -> emitLlvm = true;
                case "S" -> textual = true;
                case "dump-ast" -> dumpAst = true;
                case "dump-ssa" -> dumpSsa = true;
                case "run" -> run = true;
                case "e" -> allErrors = true;
                case "h", "help" -> throw new UsageError("");
                default -> throw new UsageError("flag provided but not defined: -" + flag);
            }
            if (value != null && !flag.equals("o")) {
                throw new UsageError("flag does not take a value: -" + flag);
            }
        }
        if (textual && !emitLlvm) {
            throw new UsageError("-S requires -emit-llvm");
        }
        if (run && (emitLlvm || output.isPresent())) {
            throw new UsageError("-run cannot be combined with " + (emitLlvm ? "-emit-llvm" : "-o"));
        }
        List<String> rest = args.subList(i, args.size());
        List<String> files = new ArrayList<>();
        List<String> programArgs = new ArrayList<>();
        if (run) {
            int j = 0;
            while (j < rest.size() && rest.get(j).endsWith(".go")) {
                files.add(rest.get(j++));
            }
            programArgs.addAll(rest.subList(j, rest.size()));
        } else {
            files.addAll(rest);
        }
        if (files.isEmpty()) {
            throw new UsageError(run ? "go run: no go files listed" : "no Go files listed");
        }
        return new CommandLine(output, new BuildOptions(optLevel, emitLlvm, dumpAst, dumpSsa, allErrors), run,
                List.copyOf(files), List.copyOf(programArgs));
    }

    /**
     * The output go build would choose: the first file's name without ".go", in the current
     * directory (with -emit-llvm, with ".ll" instead); "-o dir" for an existing directory
     * puts that name inside it.
     */
    String defaultOutputName() {
        String first = java.nio.file.Path.of(files.get(0)).getFileName().toString();
        String stem = first.endsWith(".go") ? first.substring(0, first.length() - 3) : first;
        return options.emitLlvm() ? stem + ".ll" : stem;
    }
}
