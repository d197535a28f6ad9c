/*
 * Links the whole program into one LLVM module: the package modules from codegen, the
 * generated entry module (EntryPoint) and the runtime bitcode (ABI.md); the Go functions get
 * split-stack prologues first (SplitStack). Every function and
 * global the runtime defines then gets internal linkage, except the C `main`, so the
 * optimiser may inline and specialise the runtime into the program and drop what is
 * unused (docs/LLVM.md, "The tools inside the jar"). The linked descriptors then get their
 * weak ptrToThis offsets and the typelinks table (Typelinks). Every function keeps frame pointers
 * for the runtime's tracebacks. The result is verified (ModuleVerifier).
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMAddAttributeAtIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMAttributeFunctionIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateMemoryBufferWithMemoryRangeCopy;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateStringAttribute;
import static org.bytedeco.llvm.global.LLVM.LLVMGetModuleContext;
import static org.bytedeco.llvm.global.LLVM.LLVMDefaultVisibility;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMemoryBuffer;
import static org.bytedeco.llvm.global.LLVM.LLVMGetFirstFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMGetFirstGlobal;
import static org.bytedeco.llvm.global.LLVM.LLVMGetNamedFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMGetNamedGlobal;
import static org.bytedeco.llvm.global.LLVM.LLVMGetNextFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMGetNextGlobal;
import static org.bytedeco.llvm.global.LLVM.LLVMGetValueName;
import static org.bytedeco.llvm.global.LLVM.LLVMInternalLinkage;
import static org.bytedeco.llvm.global.LLVM.LLVMIsDeclaration;
import static org.bytedeco.llvm.global.LLVM.LLVMLinkModules2;
import static org.bytedeco.llvm.global.LLVM.LLVMModuleCreateWithNameInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMParseBitcodeInContext2;
import static org.bytedeco.llvm.global.LLVM.LLVMSetDataLayout;
import static org.bytedeco.llvm.global.LLVM.LLVMSetLinkage;
import static org.bytedeco.llvm.global.LLVM.LLVMSetTarget;
import static org.bytedeco.llvm.global.LLVM.LLVMSetVisibility;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

final class ProgramLinker {
    /** The C entry point the system's crt1.o calls; it must stay external. */
    static final String C_MAIN = "main";
    /** The function attribute that keeps frame pointers (LLVM LangRef "frame-pointer"). */
    private static final String FRAME_POINTER = "frame-pointer";

    private ProgramLinker() {
    }

    /**
     * Links the program. Consumes the package modules (LLVM destroys a module linked into
     * another); the caller owns the returned module.
     *
     * @param packages        every package module, in initialisation order, all in {@code context}
     * @param runtimeBitcode  the runtime's LLVM bitcode
     * @param triple          the target triple stamped on the program module
     * @param dataLayout      the target data layout stamped on the program module
     */
    static LLVMModuleRef link(LLVMContextRef context, List<PackageModule> packages, byte[] runtimeBitcode,
                              String triple, String dataLayout) throws BuildFailure {
        LLVMModuleRef entry = EntryPoint.generate(context, packages);
        LLVMModuleRef runtime = parseBitcode(context, runtimeBitcode);
        Set<String> runtimeSymbols = definedSymbols(runtime);

        LLVMModuleRef program = LLVMModuleCreateWithNameInContext("program", context);
        LLVMSetTarget(program, triple);
        LLVMSetDataLayout(program, dataLayout);
        for (PackageModule pkg : packages) {
            stampTarget(pkg.module(), triple, dataLayout);
            linkInto(program, pkg.module(), "package " + pkg.path());
        }
        stampTarget(entry, triple, dataLayout);
        linkInto(program, entry, "the entry module");
        SplitStack.markDefinedFunctions(program);
        linkInto(program, runtime, "the runtime");
        Typelinks.run(program);
        internalize(program, runtimeSymbols);
        keepFramePointers(program);
        ModuleVerifier.verify(program);
        return program;
    }

    private static LLVMModuleRef parseBitcode(LLVMContextRef context, byte[] bitcode) {
        BytePointer bytes = new BytePointer(bitcode);
        LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes, bitcode.length,
                new BytePointer("runtime.bc"));
        try {
            LLVMModuleRef module = new LLVMModuleRef();
            if (LLVMParseBitcodeInContext2(context, buffer, module) != 0) {
                throw new InternalCompilerError("cannot read the runtime bitcode: "
                        + String.join("; ", LlvmDiagnostics.takeErrors()));
            }
            return module;
        } finally {
            LLVMDisposeMemoryBuffer(buffer);
            bytes.close();
        }
    }

    /** Gives every module the same triple and layout, so the IR linker has nothing to reconcile. */
    private static void stampTarget(LLVMModuleRef module, String triple, String dataLayout) {
        LLVMSetTarget(module, triple);
        LLVMSetDataLayout(module, dataLayout);
    }

    private static void linkInto(LLVMModuleRef program, LLVMModuleRef source, String what) {
        if (LLVMLinkModules2(program, source) != 0) {
            throw new InternalCompilerError("linking " + what + ": "
                    + String.join("; ", LlvmDiagnostics.takeErrors()));
        }
    }

    /** Names of the functions and global variables {@code module} defines (not merely declares). */
    private static Set<String> definedSymbols(LLVMModuleRef module) {
        Set<String> names = new LinkedHashSet<>();
        for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            if (LLVMIsDeclaration(f) == 0) {
                names.add(LLVMGetValueName(f).getString());
            }
        }
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            String name = LLVMGetValueName(g).getString();
            if (LLVMIsDeclaration(g) == 0 && !name.startsWith("llvm.")) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Gives every defined function frame pointers ("frame-pointer"="all"), so that the
     * runtime's traceback can walk the stack (ABI.md "Line tables and tracebacks").
     */
    private static void keepFramePointers(LLVMModuleRef program) {
        for (LLVMValueRef f = LLVMGetFirstFunction(program); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            if (LLVMIsDeclaration(f) != 0) continue;
            LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMCreateStringAttribute(LLVMGetModuleContext(program),
                    FRAME_POINTER, FRAME_POINTER.length(), "all", 3));
        }
    }

    private static void internalize(LLVMModuleRef program, Set<String> runtimeSymbols) {
        for (String name : runtimeSymbols) {
            if (name.equals(C_MAIN)) {
                continue;
            }
            LLVMValueRef symbol = LLVMGetNamedFunction(program, name);
            if (symbol == null || symbol.isNull()) {
                symbol = LLVMGetNamedGlobal(program, name);
            }
            if (symbol != null && !symbol.isNull() && LLVMIsDeclaration(symbol) == 0) {
                LLVMSetVisibility(symbol, LLVMDefaultVisibility);
                LLVMSetLinkage(symbol, LLVMInternalLinkage);
            }
        }
    }
}
