/*
 * Tests MethodSet against the Go spec's "Method sets" and "Selectors" rules, with the
 * answers go/types' NewMethodSet gives for the same declarations: value and pointer
 * receivers, promotion through embedded structs, embedded pointers and embedded
 * interfaces, ambiguity at equal depth, shadowing by a shallower method or a field, and
 * interface and pointer-to-interface types. (The expected strings were checked against
 * go/types' NewMethodSet of Go 1.19 for the same source.)
 */
package llgo.frontend.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;

class MethodSetTest {
    private static final String SRC = """
            package p

            type T struct{ x int }

            func (T) V()  {}
            func (*T) P() {}

            type Outer struct {
            \tT
            \tn int
            }

            type OuterPtr struct{ *T }

            type A struct{}
            type B struct{}

            func (A) M() {}
            func (B) M() {}
            func (A) OnlyA() {}

            type Ambiguous struct {
            \tA
            \tB
            }

            type Shallow struct {
            \tAmbiguous
            \tC
            }

            type C struct{}

            func (C) M() {}

            type Hidden struct {
            \tA
            \tM int
            }

            type Own struct{ A }

            func (Own) M() {}

            type I interface {
            \tRead() int
            \tClose()
            }

            type WithIface struct {
            \tI
            \tk int
            }

            type Twice struct {
            \tOuter
            \tOuterPtr
            }
            """;

    private static Package pkg;

    @BeforeAll
    static void check() {
        Diagnostics diag = new Diagnostics();
        File f = Parser.parse("p.go", SRC.getBytes(StandardCharsets.UTF_8), diag);
        pkg = Checker.check("p", List.of(f), Importer.NONE, new Info(), diag);
        assertFalse(diag.hasErrors(), diag.sorted().toString());
    }

    private static Type named(String name) {
        return pkg.scope().lookup(name).type();
    }

    /** The method set as "Name index indirect" strings, in MethodSet's order. */
    private static String set(Type t) {
        return MethodSet.of(t).stream().map(s -> s.obj().name() + " " + s.index() + (s.indirect() ? " *" : ""))
                .collect(Collectors.joining(", "));
    }

    @Test
    void valueAndPointerReceivers() {
        assertEquals("V [0]", set(named("T")));
        assertEquals("P [1] *, V [0] *", set(new Type.Pointer(named("T"))));
    }

    @Test
    void promotionThroughEmbeddedStructsAndPointers() {
        assertEquals("V [0, 0]", set(named("Outer")));
        assertEquals("P [0, 1] *, V [0, 0] *", set(new Type.Pointer(named("Outer"))));
        assertEquals("P [0, 1] *, V [0, 0] *", set(named("OuterPtr")));
    }

    @Test
    void ambiguityAtEqualDepthRemovesTheName() {
        assertEquals("OnlyA [0, 1]", set(named("Ambiguous")));
        // C.M at depth 1 is not hidden by the ambiguous A.M and B.M at depth 2
        assertEquals("M [1, 0], OnlyA [0, 0, 1]", set(named("Shallow")));
        // the same P and V reached through Outer.T and OuterPtr.*T at depth 2
        assertEquals("", set(named("Twice")));
    }

    @Test
    void shallowerFieldsAndMethodsShadow() {
        assertEquals("OnlyA [0, 1]", set(named("Hidden")));
        assertEquals("M [0], OnlyA [0, 1]", set(named("Own")));
    }

    @Test
    void embeddedInterfacesPromoteEveryMethod() {
        assertEquals("Close [0, 0] *, Read [0, 1] *", set(named("WithIface")));
        assertEquals("Close [0, 0] *, Read [0, 1] *", set(new Type.Pointer(named("WithIface"))));
    }

    @Test
    void interfacesAndPointersToThem() {
        assertEquals("Close [0] *, Read [1] *", set(named("I")));
        assertEquals("", set(new Type.Pointer(named("I"))));
        assertEquals("", set(Basic.of(Basic.Kind.INT)));
    }
}
