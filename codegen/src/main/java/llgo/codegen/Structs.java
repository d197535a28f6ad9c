/*
 * Struct fields (Go spec: "Selectors", "Struct types"): &x.f through a pointer (checked for
 * nil, as gc does) and x.f on a struct value. Field i of a Go struct is element i of its
 * LLVM struct (named %pkg.T or literal; ABI.md "Value representation").
 * Runtime functions: llgo_panicnilderef.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMValueRef;

import llgo.frontend.types.Type;
import llgo.ssa.Instruction.Field;
import llgo.ssa.Instruction.FieldAddr;

final class Structs {
    private final FunctionBuilder fb;

    Structs(FunctionBuilder fb) { this.fb = fb; }

    LLVMValueRef createFieldAddr(FieldAddr i) {
        LLVMValueRef x = fb.getValue(i.x());
        fb.memory.createNilCheck(i.x(), x);
        Type struct = ((Type.Pointer) i.x().type().underlying()).elem();
        return LLVMBuildStructGEP2(fb.b, fb.llvmType(struct), x, i.index(), "");
    }

    /** x.f; of a large struct, read from its memory (a large field is that part of the memory). */
    LLVMValueRef createField(Field i) {
        if (!fb.isLarge(i.x().type())) return LLVMBuildExtractValue(fb.b, fb.getValue(i.x()), i.index(), "");
        LLVMValueRef p = LLVMBuildStructGEP2(fb.b, fb.llvmType(i.x().type()), fb.getAddress(i.x()), i.index(), "");
        return fb.isLarge(i.type()) ? p : LLVMBuildLoad2(fb.b, fb.llvmType(i.type()), p, "");
    }
}
