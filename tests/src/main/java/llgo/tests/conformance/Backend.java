/*
 * A compiler under test. The judges ask it to compile one case for one action and look
 * only at the outcome; running the executable and comparing output is the judges' work,
 * the same for every backend.
 */
package llgo.tests.conformance;

public interface Backend extends AutoCloseable {

    /** The -compiler= name: "gc" or "llgo". */
    String name();

    /**
     * Compiles {@code request.sources()} (one package); for {@link JudgedAction#RUN} a successful outcome
     * leaves an executable at {@code request.executable()}. Never throws for a bad case.
     */
    CompileOutcome compile(CompileRequest request);

    /** Stops whatever the backend keeps running (worker processes). */
    @Override
    void close();
}
