/*
 * The layouts codegen shares with the C runtime (runtime/ABI.md "Type descriptors", "Method
 * tables", "Itabs", "maps", "defer, panic and recover", "Channels and select") must agree:
 * a C program compiled against runtime/src/main/c/llgo.h by the bundled clang prints the
 * offsetof and sizeof of every structure and the values of the shared constants (kind
 * numbers, tflag bits, kindDirectIface, select directions, the defer frame size), and each
 * is compared with what codegen uses: DescriptorLayout's LLVM types (header, uncommon part,
 * method, imethod, structfield, every kind-specific part, itab), the map iterator's words,
 * the select case type, TypeDescriptors.kind.
 */
package llgo.codegen;

import static org.bytedeco.llvm.global.LLVM.LLVMContextCreate;
import static org.bytedeco.llvm.global.LLVM.LLVMContextDispose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.junit.jupiter.api.Test;

import llgo.frontend.Diagnostics;
import llgo.frontend.types.Basic;
import llgo.frontend.types.Type;
import llgo.runtime.Toolchain;

class RuntimeLayoutAgreementTest {
    /** Each C expression printed by the probe, with the value codegen uses for it. */
    private final Map<String, Long> expected = new LinkedHashMap<>();

    private void expect(String cExpression, long value) { expected.put(cExpression, value); }

    private void fields(ModuleContext mc, String cType, LLVMTypeRef type, String... names) {
        for (int i = 0; i < names.length; i++) {
            if (!names[i].isEmpty()) expect("offsetof(" + cType + ", " + names[i] + ")", mc.offsetOf(type, i));
        }
        expect("sizeof(" + cType + ")", mc.sizeOf(type));
    }

    @Test
    void cRuntimeAndCodegenShareLayouts() throws Exception {
        LLVMContextRef ctx = LLVMContextCreate();
        try {
            ModuleContext mc = new ModuleContext("p", ctx, new Diagnostics());
            DescriptorLayout d = new DescriptorLayout(mc);
            fields(mc, "LlgoType", d.rtype, "size", "ptrdata", "hash", "tflag", "align", "fieldAlign", "kind", "equal",
                    "gcdata", "str", "ptrToThis");
            fields(mc, "LlgoFunc", mc.funcValueType, "code", "ctx");
            fields(mc, "LlgoUncommonType", d.uncommon, "pkgpath", "mcount", "xcount", "moff", "unused");
            fields(mc, "LlgoMethod", d.method, "name", "mtyp", "ifn", "tfn");
            fields(mc, "LlgoIMethod", d.imethod, "name", "typ");
            fields(mc, "LlgoStructField", d.structField, "name", "typ", "offset");
            fields(mc, "LlgoPtrType", d.ptrType, "typ", "elem");
            fields(mc, "LlgoSliceType", d.sliceType, "typ", "elem");
            fields(mc, "LlgoArrayType", d.arrayType, "typ", "elem", "slice", "len");
            fields(mc, "LlgoChanType", d.chanType, "typ", "elem", "dir");
            fields(mc, "LlgoFuncType", d.funcType, "typ", "inCount", "outCount", "");
            fields(mc, "LlgoMapType", d.mapType, "typ", "key", "elem", "bucket", "hasher", "keysize", "elemsize",
                    "bucketsize", "flags");
            fields(mc, "LlgoStructType", d.structType, "typ", "pkgPath", "fields");
            expect("offsetof(LlgoStructType, nfields)", mc.offsetOf(d.structType, 2) + 8);
            fields(mc, "LlgoInterfaceType", d.interfaceType, "typ", "pkgpath", "mhdr");
            expect("offsetof(LlgoInterfaceType, mlen)", mc.offsetOf(d.interfaceType, 2) + 8);
            fields(mc, "LlgoItab", d.itabHeader, "inter", "type", "hash", "");
            expect("offsetof(LlgoItab, fun)", Interfaces.ITAB_FUN_OFFSET);
            expect("offsetof(LlgoItab, fun) - sizeof(LlgoItab)", 0);
            expect("sizeof(LlgoMapIter)", 8L * Maps.ITER_WORDS);
            expect("offsetof(LlgoMapIter, key)", 8L * Maps.ITER_KEY);
            expect("offsetof(LlgoMapIter, elem)", 8L * Maps.ITER_ELEM);
            expect("LLGO_DEFER_FRAME_SIZE", Defers.FRAME_SIZE);
            expect("sizeof(LlgoDeferFrame) <= LLGO_DEFER_FRAME_SIZE", 1);
            fields(mc, "LlgoSelectCase", Select.caseType(mc), "c", "elem", "dir");
            expect("LLGO_SELECT_SEND", Select.SEND);
            expect("LLGO_SELECT_RECV", Select.RECV);
            expect("LLGO_TFLAG_UNCOMMON", DescriptorLayout.TFLAG_UNCOMMON);
            expect("LLGO_TFLAG_EXTRA_STAR", DescriptorLayout.TFLAG_EXTRA_STAR);
            expect("LLGO_TFLAG_NAMED", DescriptorLayout.TFLAG_NAMED);
            expect("LLGO_TFLAG_REGULAR_MEMORY", DescriptorLayout.TFLAG_REGULAR_MEMORY);
            expect("LLGO_KIND_DIRECT_IFACE", TypeDescriptors.KIND_DIRECT_IFACE);
            for (Basic.Kind k : List.of(Basic.Kind.BOOL, Basic.Kind.INT, Basic.Kind.INT8, Basic.Kind.INT16, Basic.Kind.INT32,
                    Basic.Kind.INT64, Basic.Kind.UINT, Basic.Kind.UINT8, Basic.Kind.UINT16, Basic.Kind.UINT32, Basic.Kind.UINT64,
                    Basic.Kind.UINTPTR, Basic.Kind.FLOAT32, Basic.Kind.FLOAT64, Basic.Kind.COMPLEX64, Basic.Kind.COMPLEX128,
                    Basic.Kind.STRING, Basic.Kind.UNSAFE_POINTER)) {
                expect("LLGO_KIND_" + k.name(), TypeDescriptors.kind(Basic.of(k)));
            }
            Type i = Basic.of(Basic.Kind.INT);
            expect("LLGO_KIND_ARRAY", TypeDescriptors.kind(new Type.Array(1, i)));
            expect("LLGO_KIND_POINTER", TypeDescriptors.kind(new Type.Pointer(i)));
            expect("LLGO_KIND_SLICE", TypeDescriptors.kind(new Type.Slice(i)));
            expect("LLGO_KIND_MAP", TypeDescriptors.kind(new Type.Map(i, i)));
            expect("LLGO_KIND_CHAN", TypeDescriptors.kind(new Type.Chan(Type.ChanDir.BOTH, i)));
            expect("LLGO_KIND_STRUCT", TypeDescriptors.kind(new Type.Struct(List.of(), List.of())));
        } finally {
            LLVMContextDispose(ctx);
        }
        Map<String, Long> actual = probe(expected.keySet());
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
        }
        assertTrue(expected.size() > 90, "compared only " + expected.size() + " facts");
    }

    /** Compiles and runs a C program printing each expression's value, one per line. */
    private static Map<String, Long> probe(Iterable<String> expressions) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("llgo-layout");
        Path runtimeSources = Path.of("..", "runtime", "src", "main", "c").toAbsolutePath().normalize();
        StringBuilder c = new StringBuilder("#include <stdio.h>\n#include \"llgo.h\"\nint main(void) {\n");
        List<String> order = new java.util.ArrayList<>();
        for (String e : expressions) {
            order.add(e);
            c.append("    printf(\"%lld\\n\", (long long)(").append(e).append("));\n");
        }
        c.append("    return 0;\n}\n");
        Path source = dir.resolve("probe.c"), binary = dir.resolve("probe");
        Files.writeString(source, c.toString());
        run(List.of(Toolchain.clang().toString(), "-std=c11", "-D_GNU_SOURCE", "-I", runtimeSources.toString(),
                source.toString(), "-o", binary.toString()));
        List<String> lines = run(List.of(binary.toString())).lines().toList();
        assertEquals(order.size(), lines.size(), "probe output");
        Map<String, Long> values = new LinkedHashMap<>();
        for (int k = 0; k < order.size(); k++) values.put(order.get(k), Long.parseLong(lines.get(k).trim()));
        return values;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), command + ":\n" + out);
        return out;
    }
}
