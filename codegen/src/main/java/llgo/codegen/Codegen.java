/*
 * The code generator's entry point: one LLVM module per Go package (after TinyGo's
 * compiler.go). The module is named after the package path, targets
 * x86_64-unknown-linux-gnu with the host target machine's data layout, and holds the
 * package's globals, every function with a body (including function literals, reached
 * through their parents), the type descriptors of its named types and the line tables of its
 * functions (LineTables). Constructs not handled
 * yet are reported to Diagnostics as "not yet supported: ..." at the instruction's position.
 */
package llgo.codegen;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

import llgo.frontend.Diagnostic;
import llgo.frontend.Diagnostics;
import llgo.frontend.types.Named;
import llgo.ssa.Function;
import llgo.ssa.Global;
import llgo.ssa.Member;

public final class Codegen {
    private Codegen() {}

    /**
     * Generates the module of pkg, reporting unsupported constructs to diagnostics. When
     * diagnostics has new errors afterwards, the module is incomplete and must not be used.
     * Precondition: pkg passed the SSA sanity checks.
     */
    public static LLVMModuleRef generate(llgo.ssa.Package pkg, LLVMContextRef ctx, Diagnostics diagnostics) {
        ModuleContext mc = new ModuleContext(pkg.path(), ctx, diagnostics);
        List<Function> functions = new ArrayList<>();
        for (Member m : pkg.members().values()) {
            if (m instanceof Global g) Globals.createGlobal(mc, g);
            else if (m instanceof Function f) collect(f, functions);
        }
        for (Function f : functions) mc.getFunction(f);     // declare all first: bodies refer to each other
        for (Function f : functions) {
            if (!f.isExternal()) new FunctionBuilder(mc, f).createFunctionBody();
        }
        for (Named n : pkg.namedTypes().values()) {
            if (n.typeParams().isEmpty()) mc.typeDescriptors.getTypeDescriptor(n);
        }
        mc.lineTables.finish();
        return mc.module;
    }

    /**
     * As {@link #generate(llgo.ssa.Package, LLVMContextRef, Diagnostics)}, failing with an
     * {@link UnsupportedConstructException} listing every unsupported construct.
     */
    public static LLVMModuleRef generate(llgo.ssa.Package pkg, LLVMContextRef ctx) {
        Diagnostics diagnostics = new Diagnostics();
        LLVMModuleRef module = generate(pkg, ctx, diagnostics);
        if (diagnostics.hasErrors()) {
            List<String> lines = new ArrayList<>();
            for (Diagnostic d : diagnostics.sorted()) lines.add(d.toString());
            throw new UnsupportedConstructException(String.join("\n", lines));
        }
        return module;
    }

    private static void collect(Function f, List<Function> out) {
        out.add(f);
        for (Function anon : f.anonFuncs()) collect(anon, out);
    }
}
