/*
 * Argument arrays for the bytedeco LLVM C API. docs/LLVM.md ("Calling the C API"):
 * `new PointerPointer<>(value)` is a cast, not a one-element array, so every array passed
 * to LLVM (call arguments, struct elements, GEP indices, phi edges) is built here with an
 * explicit size and `put`.
 */
package llgo.codegen;

import java.util.List;

import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

final class LLVMArrays {
    private LLVMArrays() {}

    /** A fresh array holding {@code items} in order (possibly empty). */
    @SafeVarargs
    static <P extends Pointer> PointerPointer<P> of(P... items) {
        PointerPointer<P> array = new PointerPointer<>(Math.max(1, items.length));
        for (int i = 0; i < items.length; i++) array.put(i, items[i]);
        return array;
    }

    /** A fresh array holding {@code items} in order (possibly empty). */
    static <P extends Pointer> PointerPointer<P> of(List<P> items) {
        PointerPointer<P> array = new PointerPointer<>(Math.max(1, items.size()));
        for (int i = 0; i < items.size(); i++) array.put(i, items.get(i));
        return array;
    }
}
