/*
 * traceback.c: goroutine traces as gc prints them (runtime/traceback.go: printframe,
 * showfuncinfo, elided runtime frames, gopanic shown as "panic" in the middle of a trace)
 * and the PC tables behind them (ABI.md "Line tables and tracebacks"). Frames are walked
 * through the frame-pointer chain (every function is compiled with frame pointers: [fp] is
 * the caller's fp, [fp+8] the return address). A PC is mapped to its function through the
 * ELF symbol table of /proc/self/exe and to its file and line through the DWARF 4 line
 * program (.debug_line) that codegen emits for Go functions (LineTables.java); both are
 * link-time addresses, shifted by the executable's load bias. A return address is looked up
 * at pc - 1 (the call instruction), except the faulting PC of a hardware fault made a
 * panic (signal.c), which is looked up as it is.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "llgo.h"

uintptr_t llgo_sigpanic_pc;

/* The executable's image and the sections the tables live in (NULL/0 when absent). */
static struct {
    bool loaded;
    const uint8_t *image;
    size_t image_size;
    uintptr_t bias;
    const Elf64_Sym *symbols;
    size_t symbol_count;
    const char *symbol_names;
    size_t symbol_names_size;
    const uint8_t *line;
    size_t line_size;
} exe;

static int find_bias(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    *(uintptr_t *)data = (uintptr_t)info->dlpi_addr;
    return 1;   /* the first object is the executable */
}

static const Elf64_Shdr *section(const Elf64_Ehdr *eh, const char *name) {
    const Elf64_Shdr *sections = (const Elf64_Shdr *)(exe.image + eh->e_shoff);
    if (eh->e_shstrndx >= eh->e_shnum) {
        return NULL;
    }
    const char *names = (const char *)exe.image + sections[eh->e_shstrndx].sh_offset;
    for (uint16_t i = 0; i < eh->e_shnum; i++) {
        if (strcmp(names + sections[i].sh_name, name) == 0 && sections[i].sh_offset + sections[i].sh_size <= exe.image_size) {
            return &sections[i];
        }
    }
    return NULL;
}

static void load_executable(void) {
    if (exe.loaded) {
        return;
    }
    exe.loaded = true;
    int fd = open("/proc/self/exe", O_RDONLY);
    if (fd < 0) {
        return;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof(Elf64_Ehdr)) {
        close(fd);
        return;
    }
    void *image = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (image == MAP_FAILED) {
        return;
    }
    exe.image = image;
    exe.image_size = (size_t)st.st_size;
    const Elf64_Ehdr *eh = image;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr) > exe.image_size) {
        exe.image = NULL;
        return;
    }
    dl_iterate_phdr(find_bias, &exe.bias);
    const Elf64_Shdr *symtab = section(eh, ".symtab");
    const Elf64_Shdr *strtab = section(eh, ".strtab");
    if (symtab != NULL && strtab != NULL) {
        exe.symbols = (const Elf64_Sym *)(exe.image + symtab->sh_offset);
        exe.symbol_count = symtab->sh_size / sizeof(Elf64_Sym);
        exe.symbol_names = (const char *)exe.image + strtab->sh_offset;
        exe.symbol_names_size = strtab->sh_size;
    }
    const Elf64_Shdr *line = section(eh, ".debug_line");
    if (line != NULL) {
        exe.line = exe.image + line->sh_offset;
        exe.line_size = line->sh_size;
    }
}

bool llgo_pcfunc(uintptr_t pc, const char **name, uintptr_t *entry) {
    load_executable();
    uintptr_t addr = pc - exe.bias;
    for (size_t i = 0; i < exe.symbol_count; i++) {
        const Elf64_Sym *s = &exe.symbols[i];
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_value == 0 || s->st_name >= exe.symbol_names_size) {
            continue;
        }
        if (addr >= s->st_value && addr < s->st_value + (s->st_size != 0 ? s->st_size : 1)) {
            *name = exe.symbol_names + s->st_name;
            *entry = (uintptr_t)s->st_value + exe.bias;
            return true;
        }
    }
    return false;
}

/* A cursor over .debug_line. */
typedef struct {
    const uint8_t *p;
    const uint8_t *end;
} Reader;

static uint64_t read_uleb(Reader *r) {
    uint64_t v = 0;
    int shift = 0;
    while (r->p < r->end) {
        uint8_t b = *r->p++;
        if (shift < 64) {
            v |= (uint64_t)(b & 0x7f) << shift;
        }
        shift += 7;
        if ((b & 0x80) == 0) {
            break;
        }
    }
    return v;
}

static int64_t read_sleb(Reader *r) {
    int64_t v = 0;
    int shift = 0;
    uint8_t b = 0;
    while (r->p < r->end) {
        b = *r->p++;
        if (shift < 64) {
            v |= (int64_t)((uint64_t)(b & 0x7f) << shift);
        }
        shift += 7;
        if ((b & 0x80) == 0) {
            break;
        }
    }
    if (shift < 64 && (b & 0x40) != 0) {
        v |= -(int64_t)((uint64_t)1 << shift);
    }
    return v;
}

static uint64_t read_fixed(Reader *r, int n) {
    uint64_t v = 0;
    for (int i = 0; i < n && r->p < r->end; i++) {
        v |= (uint64_t)*r->p++ << (8 * i);
    }
    return v;
}

static const char *read_cstr(Reader *r) {
    const char *s = (const char *)r->p;
    while (r->p < r->end && *r->p != 0) {
        r->p++;
    }
    if (r->p < r->end) {
        r->p++;
    }
    return s;
}

/* The n-th (1-based) NUL-terminated string of a list that starts at p. */
static const char *nth_string(const uint8_t *p, const uint8_t *end, uint64_t n) {
    Reader r = {p, end};
    for (uint64_t i = 1; r.p < r.end && *r.p != 0; i++) {
        const char *s = read_cstr(&r);
        if (i == n) {
            return s;
        }
    }
    return NULL;
}

/* The n-th (1-based) file entry of a version 4 header: name and directory index. */
static const char *nth_file(const uint8_t *p, const uint8_t *end, uint64_t n, uint64_t *dir) {
    Reader r = {p, end};
    for (uint64_t i = 1; r.p < r.end && *r.p != 0; i++) {
        const char *s = read_cstr(&r);
        *dir = read_uleb(&r);
        read_uleb(&r);
        read_uleb(&r);
        if (i == n) {
            return s;
        }
    }
    return NULL;
}

typedef struct {
    const uint8_t *dirs;
    const uint8_t *files;
    const uint8_t *end;
} LineHeader;

static void set_file(const LineHeader *h, uint64_t file, LlgoPcLine *out) {
    uint64_t dir = 0;
    const char *name = nth_file(h->files, h->end, file, &dir);
    out->file = name;
    out->dir = name != NULL && name[0] != '/' && dir != 0 ? nth_string(h->dirs, h->end, dir) : NULL;
}

/* Runs one version 4 line program; true when a row range covers addr (the result is in out). */
static bool run_line_program(const LineHeader *h, Reader *r, const uint8_t *opcode_lengths, int opcode_base,
                             int line_base, int line_range, int min_inst, uintptr_t addr, LlgoPcLine *out) {
    uint64_t address = 0, file = 1;
    int64_t line = 1;
    bool have_prev = false;
    uint64_t prev_address = 0, prev_file = 1;
    int64_t prev_line = 1;
    while (r->p < r->end) {
        uint8_t op = *r->p++;
        bool row = false, end_sequence = false;
        if (op >= opcode_base) {
            int adjusted = op - opcode_base;
            address += (uint64_t)(adjusted / line_range) * (uint64_t)min_inst;
            line += line_base + adjusted % line_range;
            row = true;
        } else if (op == 0) {
            uint64_t len = read_uleb(r);
            const uint8_t *next = r->p + len;
            uint8_t sub = len > 0 && r->p < r->end ? *r->p++ : 0;
            if (sub == 1) {
                row = end_sequence = true;
            } else if (sub == 2) {
                address = read_fixed(r, 8);
            }
            r->p = next;
        } else {
            switch (op) {
            case 1: row = true; break;                                        /* copy */
            case 2: address += read_uleb(r) * (uint64_t)min_inst; break;      /* advance_pc */
            case 3: line += read_sleb(r); break;                              /* advance_line */
            case 4: file = read_uleb(r); break;                               /* set_file */
            case 8: address += (uint64_t)((255 - opcode_base) / line_range) * (uint64_t)min_inst; break; /* const_add_pc */
            case 9: address += read_fixed(r, 2); break;                       /* fixed_advance_pc */
            default:
                for (int i = 0; i < opcode_lengths[op - 1]; i++) {
                    read_uleb(r);
                }
            }
        }
        if (!row) {
            continue;
        }
        if (have_prev && prev_address <= addr && addr < address) {
            set_file(h, prev_file, out);
            out->line = prev_line;
            return true;
        }
        have_prev = !end_sequence;
        prev_address = address;
        prev_file = file;
        prev_line = line;
        if (end_sequence) {
            address = 0;
            file = 1;
            line = 1;
        }
    }
    return false;
}

bool llgo_pcline(uintptr_t pc, LlgoPcLine *out) {
    load_executable();
    uintptr_t addr = pc - exe.bias;
    Reader unit = {exe.line, exe.line + exe.line_size};
    while (unit.p + 4 <= unit.end) {
        uint64_t length = read_fixed(&unit, 4);
        if (length >= 0xfffffff0u || length > (uint64_t)(unit.end - unit.p)) {
            return false;   /* 64-bit DWARF or a truncated unit: not emitted by llgo */
        }
        Reader r = {unit.p, unit.p + length};
        unit.p += length;
        uint16_t version = (uint16_t)read_fixed(&r, 2);
        if (version < 2 || version > 4) {
            continue;
        }
        uint64_t header_length = read_fixed(&r, 4);
        const uint8_t *program = r.p + header_length;
        int min_inst = *r.p++;
        if (version >= 4) {
            r.p++;      /* maximum_operations_per_instruction */
        }
        r.p++;          /* default_is_stmt */
        int line_base = (int8_t)*r.p++;
        int line_range = *r.p++;
        int opcode_base = *r.p++;
        const uint8_t *opcode_lengths = r.p;
        r.p += opcode_base - 1;
        if (line_range == 0 || program > r.end) {
            continue;
        }
        LineHeader h = {r.p, NULL, program};
        while (r.p < program && *r.p != 0) {
            read_cstr(&r);
        }
        h.files = r.p + 1;
        Reader code = {program, r.end};
        if (run_line_program(&h, &code, opcode_lengths, opcode_base, line_base, line_range, min_inst, addr, out)) {
            return out->file != NULL;
        }
    }
    return false;
}

static bool in_runtime(uintptr_t pc) {
    extern const char __start_llgo_runtime_text[];
    extern const char __stop_llgo_runtime_text[];
    return pc >= (uintptr_t)__start_llgo_runtime_text && pc < (uintptr_t)__stop_llgo_runtime_text;
}

/* Compiler-made helpers that gc has no frame for (defer thunks, method wrappers). */
static bool is_helper(const char *name) {
    static const char *const suffixes[] = {"$ptr", "$promoted", "$bound", "$thunk"};
    if (strstr(name, "$defer") != NULL) {
        return true;
    }
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        size_t k = strlen(suffixes[i]);
        if (n >= k && strcmp(name + n - k, suffixes[i]) == 0) {
            return true;
        }
    }
    return false;
}

/* gc's name of a function: a literal main.f$1$2 is main.f.func1.1. */
static void print_function_name(const char *name) {
    bool first = true;
    for (const char *c = name; *c != '\0'; c++) {
        if (*c == '$' && c[1] >= '0' && c[1] <= '9') {
            llgo_printcstr(first ? ".func" : ".");
            first = false;
            continue;
        }
        char one[2] = {*c, '\0'};
        llgo_printcstr(one);
    }
}

static void print_frame(const char *name, uintptr_t pc, uintptr_t lookup, uintptr_t entry) {
    print_function_name(name);
    llgo_printcstr("(...)\n\t");
    LlgoPcLine where = {NULL, NULL, 0};
    if (llgo_pcline(lookup, &where)) {
        if (where.dir != NULL) {
            llgo_printcstr(where.dir);
            llgo_printcstr("/");
        }
        llgo_printcstr(where.file);
        llgo_printcstr(":");
        llgo_printint(where.line);
    } else {
        llgo_printcstr("?:0");
    }
    llgo_printcstr(" +");
    llgo_printhex(pc - entry);
    llgo_printcstr("\n");
}

enum { MAX_FRAMES = 100, MAX_FRAME_SIZE = 1 << 24 };

void llgo_printtraceback(void) {
    uintptr_t *fp = __builtin_frame_address(0);
    bool printed = false;
    for (int depth = 0; fp != NULL && depth < MAX_FRAMES; depth++) {
        uintptr_t pc = fp[1];
        uintptr_t *next = (uintptr_t *)fp[0];
        if (pc == 0) {
            break;
        }
        uintptr_t lookup = pc == llgo_sigpanic_pc ? pc : pc - 1;
        const char *name;
        uintptr_t entry;
        if (llgo_pcfunc(lookup, &name, &entry)) {
            if (strcmp(name, "llgo.main") == 0 || strcmp(name, "main") == 0) {
                break;
            }
            if (in_runtime(lookup)) {
                if (printed && strcmp(name, "llgo_gopanic") == 0) {
                    llgo_printcstr("panic(...)\n\t?:0 +");
                    llgo_printhex(pc - entry);
                    llgo_printcstr("\n");
                }
            } else if (!is_helper(name)) {
                print_frame(name, pc, lookup, entry);
                printed = true;
            }
        }
        if (next <= fp || (uintptr_t)next - (uintptr_t)fp > MAX_FRAME_SIZE || ((uintptr_t)next & 7) != 0) {
            break;
        }
        fp = next;
    }
}
