/*
 * The fast part of the type-check sweep (TypeCheckSweep, tests/bin/typecheck-sweep): the
 * cases of GOROOT/test's typeparam directory (generics) and every rundir and compiledir
 * case (packages of a directory importing each other) type-check without a false error.
 * The whole sweep (about 1,600 cases) is the script's; this subset is about a minute.
 */
package llgo.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

class TypeCheckSweepTest {

    @Test
    void genericAndDirectoryCasesHaveNoFalseErrors() throws Exception {
        TestEnvironment env = TestEnvironment.forGoroot(TestEnvironment.DEFAULT_GOROOT);
        assumeTrue(Files.isDirectory(env.testDir()), "GOROOT/test not installed");
        // errors gc reports too (typeparam/nested.go) are told apart by building with gc
        assumeTrue(Files.isExecutable(env.goTool()), "gc not installed");
        List<TypeCheckSweep.Case> cases = TypeCheckSweep.cases(env).stream()
                .filter(c -> c.name().startsWith("typeparam/") || c.header().action().endsWith("dir")).toList();
        assertTrue(cases.size() > 400, "expected the typeparam and directory cases, found " + cases.size());
        long t0 = System.nanoTime();
        List<TypeCheckSweep.Result> results = TypeCheckSweep.checkAll(env, cases, false, 2);
        System.out.print(TypeCheckSweep.report(results, (System.nanoTime() - t0) / 1e9).lines().findFirst().orElse("") + "\n");
        List<String> falseErrors = results.stream().filter(TypeCheckSweep.Result::falseErrors)
                .map(r -> r.name() + ": " + r.errors().get(0)).toList();
        assertEquals(List.of(), falseErrors);
        assertTrue(results.stream().filter(TypeCheckSweep.Result::clean).count() > 400);
    }

    @Test
    void causesDropPositionsQuotesAndNumbers() {
        assertEquals("cannot use x (variable of type TN) as type \"…\" in argument",
                TypeCheckSweep.cause("a/b.go:12:3: cannot use x (variable of type T2) as type \"q\" in argument\nmore"));
        assertEquals("cannot read: gone", TypeCheckSweep.cause("a.go: cannot read: gone"));
    }
}
