/*
 * The three run.go actions this runner judges on both backends: "run" (compile, link, run,
 * compare output with the .out file), "compile" (compilation must succeed) and "errorcheck"
 * (compilation must fail with exactly the errors the ERROR comments ask for).
 */
package llgo.tests.conformance;

import java.util.Optional;

public enum JudgedAction {
    RUN("run"), COMPILE("compile"), ERRORCHECK("errorcheck");

    private final String word;

    JudgedAction(String word) {
        this.word = word;
    }

    /** The recipe word, also used in the summary lines. */
    public String word() {
        return word;
    }

    public static Optional<JudgedAction> ofWord(String word) {
        for (JudgedAction action : values()) {
            if (action.word.equals(word)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
