/*
 * Tests of the module-level contract (ABI.md "Value representation", "Calling convention",
 * "Type descriptors") and of error reporting: module name, triple and data layout; named
 * struct types, recursive ones included; function signatures with the trailing context and
 * multiple results; linkonce_odr descriptors that start with gc's header; and
 * "not yet supported" diagnostics with positions instead of exceptions. (Here rather than in
 * codegen because it shares SsaBuilder with the hand-built program tests, which need the driver.)
 */
package llgo.build;

import static llgo.build.SsaBuilder.*;
import static org.bytedeco.llvm.global.LLVM.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.SizeTPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import llgo.codegen.Codegen;
import llgo.codegen.UnsupportedConstructException;
import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.Pos;
import llgo.frontend.types.Named;
import llgo.frontend.types.Type;

class ModuleStructureTest {
    private LLVMContextRef ctx;

    @BeforeEach void createContext() { ctx = LLVMContextCreate(); }

    @AfterEach void disposeContext() { LLVMContextDispose(ctx); }

    private static String typeString(LLVMTypeRef t) {
        BytePointer s = LLVMPrintTypeToString(t);
        String text = s.getString();
        LLVMDisposeMessage(s);
        return text;
    }

    @Test
    void moduleIsNamedAfterThePackageAndTargetsTheHost() {
        SsaBuilder p = new SsaBuilder("example.com/geo");
        p.func("F", sig(List.of())).ret();
        LLVMModuleRef m = Codegen.generate(p.pkg, ctx);
        SizeTPointer len = new SizeTPointer(1);
        assertEquals("example.com/geo", LLVMGetModuleIdentifier(m, len).getString());
        assertEquals("x86_64-unknown-linux-gnu", LLVMGetTarget(m).getString());
        assertTrue(LLVMGetDataLayoutStr(m).getString().startsWith("e-m:e-"), LLVMGetDataLayoutStr(m).getString());
        ModuleVerifier.verify(m);
    }

    /* type Node struct { next *Node; vals []Node; name string; ok bool }; func (n *Node) Len(k int8) (int, string) */
    @Test
    void namedStructsAreNamedLLVMTypesAndMayRecurse() {
        SsaBuilder p = new SsaBuilder("main");
        Named node = p.named("Node", null);
        node.setUnderlying(p.struct("next", ptr(node), "vals", slice(node), "name", STRING, "ok", BOOL));
        Fn len = p.method(node, true, "Len", sig(List.of(INT8), INT, STRING), "n", "k");
        len.ret(i(1), str("x"));
        LLVMModuleRef m = Codegen.generate(p.pkg, ctx);
        ModuleVerifier.verify(m);
        LLVMTypeRef t = LLVMGetTypeByName2(ctx, "main.Node");
        assertNotNull(t);
        assertEquals("%main.Node = type { ptr, { ptr, i64, i64 }, { ptr, i64 }, i1 }", typeString(t));
        LLVMValueRef f = LLVMGetNamedFunction(m, "main.(*Node).Len");
        assertNotNull(f);
        assertEquals("{ i64, { ptr, i64 } } (ptr, i8, ptr)", typeString(LLVMGlobalGetValueType(f)));
    }

    /* type T struct { a int; p *int }; type S struct { xs []int } */
    @Test
    void typeDescriptorsAreLinkonceWithGcsHeaderFirst() {
        SsaBuilder p = new SsaBuilder("main");
        p.named("T", p.struct("a", INT, "p", ptr(INT)));
        p.named("S", p.struct("xs", slice(INT)));
        p.func("F", sig(List.of())).ret();
        LLVMModuleRef m = Codegen.generate(p.pkg, ctx);
        ModuleVerifier.verify(m);
        LLVMValueRef d = LLVMGetNamedGlobal(m, "type:main.T");
        assertNotNull(d);
        assertEquals(LLVMLinkOnceODRLinkage, LLVMGetLinkage(d));
        assertEquals("llgo_types", LLVMGetSection(d).getString());
        // { rtype { size, ptrdata, hash, tflag, align, fieldAlign, kind, equal, gcdata, str, ptrToThis }, structtype part, ... }
        LLVMValueRef header = LLVMGetOperand(LLVMGetInitializer(d), 0);
        assertEquals(16, LLVMConstIntGetSExtValue(LLVMGetOperand(header, 0)));     // size
        assertEquals(16, LLVMConstIntGetSExtValue(LLVMGetOperand(header, 1)));     // ptrdata: through the pointer field
        assertEquals(15, LLVMConstIntGetSExtValue(LLVMGetOperand(header, 3)));     // tflag Uncommon|ExtraStar|Named|RegularMemory
        assertEquals(8, LLVMConstIntGetSExtValue(LLVMGetOperand(header, 4)));      // align
        assertEquals(25, LLVMConstIntGetSExtValue(LLVMGetOperand(header, 6)));     // kind Struct, not direct
        LLVMValueRef equal = LLVMGetOperand(header, 7);                            // equal: a func value {code, null}
        assertEquals(LLVMGetNamedFunction(m, "eq:main.T"), LLVMGetOperand(equal, 0));
        assertEquals(1, LLVMIsNull(LLVMGetOperand(equal, 1)));
        LLVMValueRef str = LLVMGetNamedGlobal(m, "name:1:*main.T");                 // gc's name: flags (exported), length, "*main.T"
        assertNotNull(str);
        SizeTPointer n = new SizeTPointer(1);
        BytePointer data = LLVMGetAsString(LLVMGetInitializer(str), n);
        byte[] bytes = new byte[(int) n.get()];
        data.get(bytes);
        assertEquals("\u0001\u0007*main.T", new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        LLVMValueRef s = LLVMGetOperand(LLVMGetInitializer(LLVMGetNamedGlobal(m, "type:main.S")), 0);
        assertEquals(1, LLVMIsNull(LLVMGetOperand(s, 7)));                         // equal {null, null}: S is not comparable
        assertNull(LLVMGetNamedFunction(m, "hash:main.T"));                        // no map has key T: no hash function
        LLVMTypeRef global = LLVMGlobalGetValueType(d);
        assertEquals(56, LLVMABISizeOfType(LLVMGetModuleDataLayout(m), LLVMStructGetTypeAtIndex(global, 0)));
    }

    /* type T struct { xs []int; m map[string]int; p *int; c chan bool } */
    @Test
    void typelinksListTheUnnamedCompositeTypesSortedByString() {
        SsaBuilder p = new SsaBuilder("main");
        p.named("T", p.struct("xs", slice(INT), "m", new Type.Map(STRING, INT), "p", ptr(INT),
                "c", new Type.Chan(Type.ChanDir.BOTH, BOOL)));
        p.func("F", sig(List.of())).ret();
        LLVMModuleRef m = Codegen.generate(p.pkg, ctx);
        List<String> links = Typelinks.strings(m);
        assertTrue(links.containsAll(List.of("*int", "*main.T", "[]int", "chan bool", "map[string]int")), links.toString());
        assertFalse(links.contains("main.T") || links.contains("int") || links.contains("string"), links.toString());
        assertEquals(links.stream().sorted().toList(), links);
    }

    /*
     * type G struct { a int; p *int; s string; f func(); i interface{}; arr [2]struct{ x int; q *int }; n int }:
     * pointer words 1, 2 (string data), 4 and 5 (func value), 6 and 7 (interface), 9 and 11
     * (q of each element); ptrdata ends after word 11. type N struct { a, b int } has none.
     */
    @Test
    void typeDescriptorsCarryGcsPointerBitmap() {
        SsaBuilder p = new SsaBuilder("main");
        Type elem = p.struct("x", INT, "q", ptr(INT));
        p.named("G", p.struct("a", INT, "p", ptr(INT), "s", STRING, "f", sig(List.of()), "i", EMPTY_INTERFACE,
                "arr", new Type.Array(2, elem), "n", INT));
        p.named("N", p.struct("a", INT, "b", INT));
        p.func("F", sig(List.of())).ret();
        LLVMModuleRef m = Codegen.generate(p.pkg, ctx);
        ModuleVerifier.verify(m);
        LLVMValueRef g = LLVMGetOperand(LLVMGetInitializer(LLVMGetNamedGlobal(m, "type:main.G")), 0);
        assertEquals(96, LLVMConstIntGetSExtValue(LLVMGetOperand(g, 1)));          // ptrdata: through arr[1].q
        LLVMValueRef bits = LLVMGetNamedGlobal(m, "gcbits:f60a");
        assertNotNull(bits, "the bitmap 0b11110110, 0b00001010 as a shared global");
        assertEquals(bits, LLVMGetOperand(g, 8));                                   // gcdata
        assertEquals(LLVMLinkOnceODRLinkage, LLVMGetLinkage(bits));
        LLVMValueRef n = LLVMGetOperand(LLVMGetInitializer(LLVMGetNamedGlobal(m, "type:main.N")), 0);
        assertEquals(0, LLVMConstIntGetSExtValue(LLVMGetOperand(n, 1)));
        assertEquals(1, LLVMIsNull(LLVMGetOperand(n, 8)));                          // no pointers: no bitmap
    }

    @Test
    void unsupportedConstructsAreDiagnosedAtTheirPosition() {
        SsaBuilder p = new SsaBuilder("main");
        Fn f = p.func("F", sig(List.of()));
        f.builtin(llgo.frontend.types.Obj.Builtin.Id.UNSAFE_ADD, "Add", INT, false, i(0), i(1)).setPos(new Pos("m.go", 4, 7));
        f.ret();
        Diagnostics diag = new Diagnostics();
        Codegen.generate(p.pkg, ctx, diag);
        assertEquals(1, diag.count());
        assertEquals("m.go:4:7: not yet supported: unsafe.Add", diag.sorted().get(0).toString());

        UnsupportedConstructException e = assertThrows(UnsupportedConstructException.class, () -> Codegen.generate(p.pkg, ctx));
        assertEquals("m.go:4:7: not yet supported: unsafe.Add", e.getMessage());
    }

    @Test
    void funcValuesOfTopLevelFunctionsHaveANullContext() {
        SsaBuilder p = new SsaBuilder("main");
        Type.Signature s = sig(List.of(), INT);
        Fn g = p.func("g", s);
        g.ret(i(7));
        Fn f = p.func("f", sig(List.of(), s));
        f.ret(g.fn);
        LLVMModuleRef m = Codegen.generate(p.pkg, ctx);
        ModuleVerifier.verify(m);
        String ir = IrModules.print(m);
        assertTrue(ir.contains("ret { ptr, ptr } { ptr @main.g, ptr null }"), ir);
    }
}
