/*
 * Generates the program's entry module (ABI.md "Calling convention", "Runtime entry"):
 *
 *     define void @llgo.main() {
 *       call void @"<pkg>.init"(ptr null)   ; every package that has one, in dependency order
 *       call void @main.main(ptr null)
 *       ret void
 *     }
 *
 * The runtime's C main calls llgo.main. Every Go function takes a trailing context pointer,
 * which a direct call passes as null. The calls are never inlined, so that main.main and
 * the inits keep their frames in tracebacks (ABI.md "Line tables and tracebacks").
 */
package llgo.build;

import static org.bytedeco.llvm.global.LLVM.LLVMAddCallSiteAttribute;
import static org.bytedeco.llvm.global.LLVM.LLVMAddFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMAttributeFunctionIndex;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateEnumAttribute;
import static org.bytedeco.llvm.global.LLVM.LLVMGetEnumAttributeKindForName;
import static org.bytedeco.llvm.global.LLVM.LLVMAppendBasicBlockInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMBuildCall2;
import static org.bytedeco.llvm.global.LLVM.LLVMBuildRetVoid;
import static org.bytedeco.llvm.global.LLVM.LLVMConstPointerNull;
import static org.bytedeco.llvm.global.LLVM.LLVMCountParamTypes;
import static org.bytedeco.llvm.global.LLVM.LLVMCreateBuilderInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeBuilder;
import static org.bytedeco.llvm.global.LLVM.LLVMDisposeMessage;
import static org.bytedeco.llvm.global.LLVM.LLVMFunctionType;
import static org.bytedeco.llvm.global.LLVM.LLVMGetNamedFunction;
import static org.bytedeco.llvm.global.LLVM.LLVMGetParamTypes;
import static org.bytedeco.llvm.global.LLVM.LLVMGetReturnType;
import static org.bytedeco.llvm.global.LLVM.LLVMGetTypeKind;
import static org.bytedeco.llvm.global.LLVM.LLVMGlobalGetValueType;
import static org.bytedeco.llvm.global.LLVM.LLVMIsDeclaration;
import static org.bytedeco.llvm.global.LLVM.LLVMModuleCreateWithNameInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMPointerTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMPointerTypeKind;
import static org.bytedeco.llvm.global.LLVM.LLVMPositionBuilderAtEnd;
import static org.bytedeco.llvm.global.LLVM.LLVMPrintTypeToString;
import static org.bytedeco.llvm.global.LLVM.LLVMVoidTypeInContext;
import static org.bytedeco.llvm.global.LLVM.LLVMVoidTypeKind;
import static org.bytedeco.llvm.global.LLVM.LLVMIsFunctionVarArg;

import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

final class EntryPoint {
    static final String ENTRY_NAME = "llgo.main";
    static final String MAIN_PACKAGE = "main";
    static final String MAIN_FUNCTION = "main.main";

    private EntryPoint() {
    }

    /**
     * Builds the entry module in {@code context}. Must run before the package modules are
     * linked (it inspects them).
     *
     * @param packages every package of the program, in initialisation (dependency) order
     */
    static LLVMModuleRef generate(LLVMContextRef context, List<PackageModule> packages) throws BuildFailure {
        PackageModule main = packages.stream().filter(p -> p.path().equals(MAIN_PACKAGE)).findFirst()
                .orElseThrow(() -> new BuildFailure("package command-line-arguments is not a main package"));
        LLVMValueRef mainMain = LLVMGetNamedFunction(main.module(), MAIN_FUNCTION);
        if (mainMain == null || mainMain.isNull() || LLVMIsDeclaration(mainMain) != 0) {
            throw new BuildFailure("runtime.main_main·f: function main is undeclared in the main package");
        }

        LLVMModuleRef entry = LLVMModuleCreateWithNameInContext(ENTRY_NAME, context);
        LLVMTypeRef goFunctionType = goNullaryType(context);
        LLVMValueRef entryFunction = LLVMAddFunction(entry, ENTRY_NAME,
                LLVMFunctionType(LLVMVoidTypeInContext(context), new PointerPointer<>(0), 0, 0));
        LLVMBuilderRef builder = LLVMCreateBuilderInContext(context);
        try {
            LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(context, entryFunction, "entry");
            LLVMPositionBuilderAtEnd(builder, body);
            for (PackageModule pkg : packages) {
                String init = pkg.path() + ".init";
                LLVMValueRef defined = LLVMGetNamedFunction(pkg.module(), init);
                if (defined != null && !defined.isNull() && LLVMIsDeclaration(defined) == 0) {
                    callGoNullary(context, builder, entry, goFunctionType, defined, init);
                }
            }
            callGoNullary(context, builder, entry, goFunctionType, mainMain, MAIN_FUNCTION);
            LLVMBuildRetVoid(builder);
        } finally {
            LLVMDisposeBuilder(builder);
        }
        return entry;
    }

    /** {@code void (ptr)}: a Go function with no parameters or results, plus the context. */
    private static LLVMTypeRef goNullaryType(LLVMContextRef context) {
        PointerPointer<LLVMTypeRef> params = new PointerPointer<>(1);
        params.put(0, LLVMPointerTypeInContext(context, 0));
        return LLVMFunctionType(LLVMVoidTypeInContext(context), params, 1, 0);
    }

    private static void callGoNullary(LLVMContextRef context, LLVMBuilderRef builder, LLVMModuleRef entry,
                                      LLVMTypeRef type, LLVMValueRef definition, String name) {
        requireNullaryGoType(definition, name);
        LLVMValueRef declared = LLVMAddFunction(entry, name, type);
        PointerPointer<LLVMValueRef> args = new PointerPointer<>(1);
        args.put(0, LLVMConstPointerNull(LLVMPointerTypeInContext(context, 0)));
        LLVMValueRef call = LLVMBuildCall2(builder, type, declared, args, 1, "");
        int noinline = LLVMGetEnumAttributeKindForName("noinline", "noinline".length());
        LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(context, noinline, 0));
    }

    /** The ABI says an init function and main.main are {@code void (ptr)}; anything else is a codegen bug. */
    private static void requireNullaryGoType(LLVMValueRef function, String name) {
        LLVMTypeRef type = LLVMGlobalGetValueType(function);
        boolean ok = LLVMGetTypeKind(LLVMGetReturnType(type)) == LLVMVoidTypeKind
                && LLVMCountParamTypes(type) == 1 && LLVMIsFunctionVarArg(type) == 0;
        if (ok) {
            PointerPointer<LLVMTypeRef> params = new PointerPointer<>(1);
            LLVMGetParamTypes(type, params);
            ok = LLVMGetTypeKind(params.get(LLVMTypeRef.class, 0)) == LLVMPointerTypeKind;
        }
        if (!ok) {
            BytePointer text = LLVMPrintTypeToString(type);
            String printed = text.getString();
            LLVMDisposeMessage(text);
            throw new InternalCompilerError("@" + name + " has type " + printed + ", the ABI requires void (ptr)");
        }
    }
}
