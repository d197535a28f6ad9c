/*
 * Tests of the module-level contract (ABI.md "Value representation", "Calling convention",
 * "Type descriptors") and of error reporting: module name, triple and data layout; named
 * struct types, recursive ones included; function signatures with the trailing context and
 * multiple results; linkonce_odr descriptors whose name precedes the gc header; and
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
    void typeDescriptorsAreLinkonceWithTheNameBeforeTheHeader() {
        SsaBuilder p = new SsaBuilder("main");
        p.named("T", p.struct("a", INT, "p", ptr(INT)));
        p.named("S", p.struct("xs", slice(INT)));
        p.func("F", sig(List.of())).ret();
        LLVMModuleRef m = Codegen.generate(p.pkg, ctx);
        ModuleVerifier.verify(m);
        LLVMValueRef d = LLVMGetNamedGlobal(m, "type:main.T");
        assertNotNull(d);
        assertEquals(LLVMLinkOnceODRLinkage, LLVMGetLinkage(d));
        LLVMValueRef init = LLVMGetInitializer(d);
        // { hash function, GoString name, size, ptrdata, hash, tflag, align, fieldAlign, kind, equal, ... }
        assertEquals(LLVMGetNamedFunction(m, "hash:main.T"), LLVMGetOperand(init, 0)); // T is comparable: hashable
        LLVMValueRef name = LLVMGetOperand(init, 1);
        assertEquals(6, LLVMConstIntGetSExtValue(LLVMGetOperand(name, 1)));      // "main.T"
        assertEquals(16, LLVMConstIntGetSExtValue(LLVMGetOperand(init, 2)));     // size
        assertEquals(16, LLVMConstIntGetSExtValue(LLVMGetOperand(init, 3)));     // ptrdata: through the pointer field
        assertEquals(8, LLVMConstIntGetSExtValue(LLVMGetOperand(init, 6)));      // align
        assertEquals(25, LLVMConstIntGetSExtValue(LLVMGetOperand(init, 8)));     // kind Struct, not direct
        assertEquals(LLVMGetNamedFunction(m, "eq:main.T"), LLVMGetOperand(init, 9)); // equal: T is comparable
        LLVMValueRef s = LLVMGetInitializer(LLVMGetNamedGlobal(m, "type:main.S"));
        assertEquals(1, LLVMIsNull(LLVMGetOperand(s, 0)));                         // hash: S is not comparable
        assertEquals(1, LLVMIsNull(LLVMGetOperand(s, 9)));                         // equal: S is not comparable
        LLVMTypeRef global = LLVMGlobalGetValueType(d);
        assertEquals(8, LLVMABISizeOfType(LLVMGetModuleDataLayout(m), LLVMStructGetTypeAtIndex(global, 0)));
        assertEquals(16, LLVMABISizeOfType(LLVMGetModuleDataLayout(m), LLVMStructGetTypeAtIndex(global, 1)));
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
        LLVMValueRef g = LLVMGetInitializer(LLVMGetNamedGlobal(m, "type:main.G"));
        assertEquals(96, LLVMConstIntGetSExtValue(LLVMGetOperand(g, 3)));          // ptrdata: through arr[1].q
        LLVMValueRef bits = LLVMGetNamedGlobal(m, "gcbits:f60a");
        assertNotNull(bits, "the bitmap 0b11110110, 0b00001010 as a shared global");
        assertEquals(bits, LLVMGetOperand(g, 10));                                  // gcdata
        assertEquals(LLVMLinkOnceODRLinkage, LLVMGetLinkage(bits));
        LLVMValueRef n = LLVMGetInitializer(LLVMGetNamedGlobal(m, "type:main.N"));
        assertEquals(0, LLVMConstIntGetSExtValue(LLVMGetOperand(n, 3)));
        assertEquals(1, LLVMIsNull(LLVMGetOperand(n, 10)));                         // no pointers: no bitmap
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
