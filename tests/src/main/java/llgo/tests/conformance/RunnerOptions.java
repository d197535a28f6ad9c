/*
 * The command line of the conformance runner:
 *   [-compiler=llgo|gc] [-action=run|compile|errorcheck] [-dir=DIR] [-j N] [-goroot=DIR]
 *   [-out=DIR] [-cases=FILE] [pattern]
 * pattern is a regular expression searched for in each case name ("fixedbugs/issue12.*").
 */
package llgo.tests.conformance;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * @param action  only cases whose recipe action is this word, or empty for all
 * @param dir     only this run.go directory, or null for all
 * @param cases   a file listing case names to run instead of the catalogue, or null
 * @param outDir  where failures.txt and passing-now.txt are written
 */
public record RunnerOptions(String compiler, Optional<JudgedAction> action, String dir, int jobs, Path goroot,
                            Path outDir, Path cases, Optional<Pattern> pattern) {

    public static final String USAGE = "usage: conformance [-compiler=llgo|gc] [-action=run|compile|errorcheck]"
            + " [-dir=fixedbugs] [-j N] [-goroot=DIR] [-out=DIR] [-cases=FILE] [pattern]";

    public static RunnerOptions parse(String[] args) {
        String compiler = "llgo";
        Optional<JudgedAction> action = Optional.empty();
        String dir = null;
        int jobs = 2;
        Path goroot = Path.of(System.getenv().getOrDefault("GOROOT", TestEnvironment.DEFAULT_GOROOT.toString()));
        Path outDir = Path.of("tests", "conformance");
        Path cases = null;
        Optional<Pattern> pattern = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-compiler=")) {
                compiler = value(arg);
                if (!compiler.equals("llgo") && !compiler.equals("gc")) {
                    throw new IllegalArgumentException("unknown compiler " + compiler + "\n" + USAGE);
                }
            } else if (arg.startsWith("-action=")) {
                String word = value(arg);
                action = Optional.of(JudgedAction.ofWord(word).orElseThrow(
                        () -> new IllegalArgumentException("unknown action " + word + "\n" + USAGE)));
            } else if (arg.startsWith("-dir=")) {
                dir = value(arg);
                if (!CaseCatalog.DIRECTORIES.contains(dir)) {
                    throw new IllegalArgumentException("-dir must be one of " + CaseCatalog.DIRECTORIES);
                }
            } else if (arg.equals("-j") && i + 1 < args.length) {
                jobs = positive(args[++i]);
            } else if (arg.startsWith("-j=")) {
                jobs = positive(value(arg));
            } else if (arg.startsWith("-goroot=")) {
                goroot = Path.of(value(arg));
            } else if (arg.startsWith("-out=")) {
                outDir = Path.of(value(arg));
            } else if (arg.startsWith("-cases=")) {
                cases = Path.of(value(arg));
            } else if (arg.startsWith("-") || pattern.isPresent()) {
                throw new IllegalArgumentException("unexpected argument " + arg + "\n" + USAGE);
            } else {
                pattern = Optional.of(Pattern.compile(arg));
            }
        }
        return new RunnerOptions(compiler, action, dir, jobs, goroot, outDir, cases, pattern);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    private static int positive(String text) {
        int n = Integer.parseInt(text);
        if (n < 1) {
            throw new IllegalArgumentException("-j needs a positive number");
        }
        return n;
    }
}
