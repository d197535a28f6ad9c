/*
 * The frontend's Sizes (unsafe.Sizeof, Alignof, Offsetof) and codegen's LLVM types must
 * describe the same memory: for a corpus of types (structs of mixed fields, nested and
 * padded structs, zero-size fields, arrays, funcs, interfaces, strings, complex numbers,
 * named and recursive types) every size, alignment and field offset the frontend computes
 * is compared with LLVMABISizeOfType, LLVMABIAlignmentOfType and LLVMOffsetOfElement of the
 * LLVM type codegen gives the same Go type (runtime/ABI.md "Value representation").
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMContextCreate;
import static org.bytedeco.llvm.global.LLVM.LLVMContextDispose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostics;
import llgo.frontend.syntax.File;
import llgo.frontend.syntax.Parser;
import llgo.frontend.types.Checker;
import llgo.frontend.types.Importer;
import llgo.frontend.types.Info;
import llgo.frontend.types.Obj;
import llgo.frontend.types.Package;
import llgo.frontend.types.Sizes;
import llgo.frontend.types.Type;

class LayoutAgreementTest {
    private static final String CORPUS = """
            package p

            type Node struct {
            \tnext *Node
            \tkids []Node
            \tname string
            \tok   bool
            }

            type Empty struct{}

            type Handler func(int) string

            var (
            \tb    bool
            \ti8   int8
            \ti16  int16
            \ti32  int32
            \ti64  int64
            \tu    uint
            \tup   uintptr
            \tf32  float32
            \tf64  float64
            \tc64  complex64
            \tc128 complex128
            \ts    string
            \tp    *int
            \tup2  unsafePointerStandIn
            \tsl   []byte
            \tm    map[string]int
            \tch   chan int
            \tfn   func(int) int
            \th    Handler
            \te    interface{}
            \tst   interface{ String() string }
            \tn    Node
            \tarr  [3]int16
            \tarr2 [2][3]byte
            \tarr0 [0]int64
            \tarrf [4]func()
            \tarrs [2]struct{ a byte; b int32; c byte }
            \tmix  struct {
            \t\ta  bool
            \t\tb  int64
            \t\tc  int8
            \t\td  complex64
            \t\te  string
            \t\tf  int16
            \t\tg  func()
            \t\th  uint8
            \t\ti  interface{}
            \t\tj  [3]byte
            \t\tk  complex128
            \t\tl  float32
            \t}
            \tfuncs    struct{ f, g func(); x byte }
            \tnested   struct{ a byte; in struct{ b byte; c int32 }; d byte }
            \tzeroEnd  struct{ a int32; z struct{} }
            \tzeroEnd2 struct{ a byte; z [0]int64 }
            \tzeroOnly struct{ z struct{}; e Empty }
            \tzeroMid  struct{ a byte; z struct{}; c int16 }
            \tarrZero  [3]struct{ a int64; z struct{} }
            \tsmall    struct{ a, b, c byte }
            \tcplx     struct{ a byte; c complex64; d byte }
            )

            type unsafePointerStandIn *byte
            """;

    @Test
    void frontendSizesEqualLLVMLayouts() {
        Diagnostics diag = new Diagnostics();
        File file = Parser.parse("p.go", CORPUS.getBytes(StandardCharsets.UTF_8), diag);
        Package pkg = Checker.check("p", List.of(file), Importer.NONE, new Info(), diag);
        assertFalse(diag.hasErrors(), diag.sorted().toString());

        LLVMContextRef ctx = LLVMContextCreate();
        try {
            ModuleContext mc = new ModuleContext("p", ctx, diag);
            List<String> checked = new ArrayList<>();
            for (String name : pkg.scope().names()) {
                if (pkg.scope().lookup(name) instanceof Obj.Var v) compare(mc, name, v.type(), checked);
            }
            assertTrue(checked.size() > 60, "compared only " + checked.size() + " types");
        } finally {
            LLVMContextDispose(ctx);
        }
    }

    /** Compares t, and for a struct each field's offset and type, recursively. */
    private static void compare(ModuleContext mc, String what, Type t, List<String> checked) {
        LLVMTypeRef llvm = mc.getLLVMType(t);
        assertEquals(Sizes.sizeof(t), mc.sizeOf(llvm), "size of " + what + " " + t);
        assertEquals(Sizes.alignof(t), mc.alignOf(llvm), "alignment of " + what + " " + t);
        checked.add(what);
        Type u = t.underlying();
        if (u instanceof Type.Struct s) {
            long[] offsets = Sizes.offsetsof(s);
            for (int i = 0; i < offsets.length; i++) {
                Obj.Var f = s.fields().get(i);
                assertEquals(offsets[i], mc.offsetOf(llvm, i), "offset of " + what + "." + f.name());
                if (!(f.type() instanceof llgo.frontend.types.Named)) compare(mc, what + "." + f.name(), f.type(), checked);
            }
        } else if (u instanceof Type.Array a) {
            compare(mc, what + "[]", a.elem(), checked);
        }
    }

    @Test
    void aFuncValueIsTwoWords() {
        Diagnostics diag = new Diagnostics();
        String src = "package p\n\nimport \"unsafe\"\n\nvar f func()\n\nconst size = unsafe.Sizeof(f)\n"
                + "const off = unsafe.Offsetof(struct{ g func(); x byte }{}.x)\n";
        File file = Parser.parse("p.go", src.getBytes(StandardCharsets.UTF_8), diag);
        Package pkg = Checker.check("p", List.of(file), Importer.NONE, new Info(), diag);
        assertFalse(diag.hasErrors(), diag.sorted().toString());
        assertEquals("16", ((Obj.Const) pkg.scope().lookup("size")).value().toString());
        assertEquals("16", ((Obj.Const) pkg.scope().lookup("off")).value().toString());
    }
}
