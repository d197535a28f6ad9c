/*
 * traceback.c: goroutine traces as gc prints them (runtime/traceback.go: printframe,
 * showfuncinfo, elided runtime frames, gopanic shown as "panic" in the middle of a trace)
 * and the PC tables behind them (ABI.md "Line tables and tracebacks"). Frames are walked
 * through the frame-pointer chain (every function is compiled with frame pointers: [fp] is
 * the caller's fp, [fp+8] the return address). A PC is mapped to its function through the
 * ELF symbol table of /proc/self/exe and to its file and line through the DWARF 4 line
 * program (.debug_line) that codegen emits for Go functions (LineTables.java), and to the
 * calls LLVM inlined there through .debug_info's DW_TAG_inlined_subroutine entries (printed
 * as gc prints its inlined frames); all are link-time addresses, shifted by the
 * executable's load bias. A return address is looked up
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

enum { MAX_INLINED = 16 };

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
    const uint8_t *info, *abbrev, *str, *ranges;
    size_t info_size, abbrev_size, str_size, ranges_size;
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

static const uint8_t *debug_section(const Elf64_Ehdr *eh, const char *name, size_t *size) {
    const Elf64_Shdr *s = section(eh, name);
    *size = s == NULL ? 0 : s->sh_size;
    return s == NULL ? NULL : exe.image + s->sh_offset;
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
    exe.line = debug_section(eh, ".debug_line", &exe.line_size);
    exe.info = debug_section(eh, ".debug_info", &exe.info_size);
    exe.abbrev = debug_section(eh, ".debug_abbrev", &exe.abbrev_size);
    exe.str = debug_section(eh, ".debug_str", &exe.str_size);
    exe.ranges = debug_section(eh, ".debug_ranges", &exe.ranges_size);
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

/* One unit of .debug_line (version 2 to 4): its header's parameters, file list and program. */
typedef struct {
    LineHeader names;
    const uint8_t *opcode_lengths;
    int opcode_base, line_base, line_range, min_inst;
    const uint8_t *program;
    const uint8_t *end;     /* of this unit; the next one starts here */
    bool usable;
} LineUnit;

/* Parses the unit at p; false at the end of the section or on a malformed unit. */
static bool parse_line_unit(const uint8_t *p, LineUnit *u) {
    const uint8_t *section_end = exe.line + exe.line_size;
    if (p == NULL || p + 4 > section_end) {
        return false;
    }
    Reader r = {p, section_end};
    uint64_t length = read_fixed(&r, 4);
    if (length >= 0xfffffff0u || length > (uint64_t)(section_end - r.p)) {
        return false;   /* 64-bit DWARF or a truncated unit: not emitted by llgo */
    }
    u->end = r.p + length;
    r.end = u->end;
    u->usable = false;
    uint16_t version = (uint16_t)read_fixed(&r, 2);
    if (version < 2 || version > 4) {
        return true;
    }
    uint64_t header_length = read_fixed(&r, 4);
    u->program = r.p + header_length;
    u->min_inst = *r.p++;
    if (version >= 4) {
        r.p++;      /* maximum_operations_per_instruction */
    }
    r.p++;          /* default_is_stmt */
    u->line_base = (int8_t)*r.p++;
    u->line_range = *r.p++;
    u->opcode_base = *r.p++;
    u->opcode_lengths = r.p;
    r.p += u->opcode_base - 1;
    if (u->line_range == 0 || u->program > u->end) {
        return true;
    }
    u->names.dirs = r.p;
    u->names.end = u->program;
    while (r.p < u->program && *r.p != 0) {
        read_cstr(&r);
    }
    u->names.files = r.p + 1;
    u->usable = true;
    return true;
}

bool llgo_pcline(uintptr_t pc, LlgoPcLine *out) {
    load_executable();
    uintptr_t addr = pc - exe.bias;
    LineUnit u;
    for (const uint8_t *p = exe.line; parse_line_unit(p, &u); p = u.end) {
        if (!u.usable) {
            continue;
        }
        Reader code = {u.program, u.end};
        if (run_line_program(&u.names, &code, u.opcode_lengths, u.opcode_base, u.line_base, u.line_range, u.min_inst, addr, out)) {
            return out->file != NULL;
        }
    }
    return false;
}

/* .debug_info: the chain of inlined calls at a PC (DWARF 4 DW_TAG_inlined_subroutine). */
enum {
    TAG_SUBPROGRAM = 0x2e, TAG_INLINED_SUBROUTINE = 0x1d,
    AT_NAME = 0x03, AT_STMT_LIST = 0x10, AT_LOW_PC = 0x11, AT_HIGH_PC = 0x12, AT_ABSTRACT_ORIGIN = 0x31,
    AT_CALL_FILE = 0x58, AT_CALL_LINE = 0x59, AT_RANGES = 0x55,
    FORM_ADDR = 0x01, FORM_DATA2 = 0x05, FORM_DATA4 = 0x06, FORM_DATA8 = 0x07, FORM_STRING = 0x08,
    FORM_BLOCK = 0x09, FORM_BLOCK1 = 0x0a, FORM_DATA1 = 0x0b, FORM_FLAG = 0x0c, FORM_SDATA = 0x0d,
    FORM_STRP = 0x0e, FORM_UDATA = 0x0f, FORM_REF_ADDR = 0x10, FORM_REF1 = 0x11, FORM_REF2 = 0x12,
    FORM_REF4 = 0x13, FORM_REF8 = 0x14, FORM_REF_UDATA = 0x15, FORM_SEC_OFFSET = 0x17,
    FORM_EXPRLOC = 0x18, FORM_FLAG_PRESENT = 0x19, FORM_REF_SIG8 = 0x20
};

/* The attributes of one DIE that matter here. */
typedef struct {
    uint64_t tag;
    bool has_children;
    const char *name;
    uint64_t low, high, ranges, origin, call_file, call_line, stmt_list;
    bool has_low, high_is_length, has_ranges;
} Die;

/* Reads an attribute value of the given form (constants and offsets as numbers, strings as pointers). */
static uint64_t read_form(Reader *r, uint64_t form, const char **string) {
    switch (form) {
    case FORM_ADDR: case FORM_DATA8: case FORM_REF8: case FORM_REF_SIG8: return read_fixed(r, 8);
    case FORM_DATA4: case FORM_REF4: case FORM_REF_ADDR: case FORM_SEC_OFFSET: return read_fixed(r, 4);
    case FORM_STRP: {
        uint64_t off = read_fixed(r, 4);
        if (string != NULL && off < exe.str_size) {
            *string = (const char *)exe.str + off;
        }
        return off;
    }
    case FORM_DATA2: case FORM_REF2: return read_fixed(r, 2);
    case FORM_DATA1: case FORM_REF1: case FORM_FLAG: return read_fixed(r, 1);
    case FORM_SDATA: return (uint64_t)read_sleb(r);
    case FORM_UDATA: case FORM_REF_UDATA: return read_uleb(r);
    case FORM_STRING: {
        const char *s = read_cstr(r);
        if (string != NULL) {
            *string = s;
        }
        return 0;
    }
    case FORM_BLOCK: case FORM_EXPRLOC: { uint64_t n = read_uleb(r); r->p += n; return 0; }
    case FORM_BLOCK1: { uint64_t n = read_fixed(r, 1); r->p += n; return 0; }
    case FORM_FLAG_PRESENT: return 1;
    default: r->p = r->end; return 0;   /* unknown form: stop reading this unit */
    }
}

/* Finds abbreviation code in the table at abbrevs; returns a reader at its attribute specs. */
static bool find_abbrev(const uint8_t *abbrevs, uint64_t code, Reader *spec, uint64_t *tag, bool *children) {
    Reader r = {abbrevs, exe.abbrev + exe.abbrev_size};
    while (r.p < r.end) {
        uint64_t c = read_uleb(&r);
        if (c == 0) {
            return false;
        }
        *tag = read_uleb(&r);
        *children = read_fixed(&r, 1) != 0;
        *spec = r;
        while (r.p < r.end && (read_uleb(&r) | read_uleb(&r)) != 0) {
        }
        if (c == code) {
            return true;
        }
    }
    return false;
}

/* Reads the DIE at r (advancing r past it); false at a null entry or an error. */
static bool read_die(Reader *r, const uint8_t *abbrevs, Die *d) {
    uint64_t code = read_uleb(r);
    memset(d, 0, sizeof *d);
    if (code == 0) {
        return false;
    }
    Reader spec;
    if (!find_abbrev(abbrevs, code, &spec, &d->tag, &d->has_children)) {
        r->p = r->end;
        return false;
    }
    for (;;) {
        uint64_t at = read_uleb(&spec), form = read_uleb(&spec);
        if (at == 0 && form == 0) {
            return true;
        }
        const char *string = NULL;
        uint64_t v = read_form(r, form, &string);
        switch (at) {
        case AT_NAME: d->name = string; break;
        case AT_LOW_PC: d->low = v; d->has_low = true; break;
        case AT_HIGH_PC: d->high = v; d->high_is_length = form != FORM_ADDR; break;
        case AT_RANGES: d->ranges = v; d->has_ranges = true; break;
        case AT_ABSTRACT_ORIGIN: d->origin = v; break;
        case AT_CALL_FILE: d->call_file = v; break;
        case AT_CALL_LINE: d->call_line = v; break;
        case AT_STMT_LIST: d->stmt_list = v; break;
        default: break;
        }
    }
}

/* Whether the DIE's code ranges contain addr (low/high, or a .debug_ranges list from base). */
static bool die_contains(const Die *d, uint64_t addr, uint64_t base) {
    if (d->has_low) {
        uint64_t high = d->high_is_length ? d->low + d->high : d->high;
        return addr >= d->low && addr < high;
    }
    if (!d->has_ranges || d->ranges >= exe.ranges_size) {
        return false;
    }
    Reader r = {exe.ranges + d->ranges, exe.ranges + exe.ranges_size};
    while (r.p + 16 <= r.end) {
        uint64_t begin = read_fixed(&r, 8), end = read_fixed(&r, 8);
        if (begin == 0 && end == 0) {
            break;
        }
        if (begin == UINT64_MAX) {
            base = end;
        } else if (addr >= base + begin && addr < base + end) {
            return true;
        }
    }
    return false;
}

/* The name of the DIE at offset off of the unit starting at unit (its DW_AT_name). */
static const char *die_name(const uint8_t *unit, const uint8_t *unit_end, const uint8_t *abbrevs, uint64_t off) {
    Reader r = {unit + off, unit_end};
    Die d;
    return unit + off < unit_end && read_die(&r, abbrevs, &d) ? d.name : NULL;
}

/* Skips the children of a DIE (up to and including their null entry). */
static void skip_children(Reader *r, const uint8_t *abbrevs) {
    int depth = 1;
    while (depth > 0 && r->p < r->end) {
        Die d;
        if (!read_die(r, abbrevs, &d)) {
            depth--;
        } else if (d.has_children) {
            depth++;
        }
    }
}

/* File name n of the line unit at offset stmt_list. */
static void line_unit_file(uint64_t stmt_list, uint64_t n, LlgoPcLine *out) {
    LineUnit u;
    out->file = NULL;
    if (stmt_list < exe.line_size && parse_line_unit(exe.line + stmt_list, &u) && u.usable) {
        set_file(&u.names, n, out);
    }
}

int llgo_pcinlined(uintptr_t pc, LlgoInlinedCall *calls, int max) {
    load_executable();
    uint64_t addr = pc - exe.bias;
    Reader units = {exe.info, exe.info + exe.info_size};
    while (units.p + 11 <= units.end) {
        const uint8_t *unit = units.p;
        uint64_t length = read_fixed(&units, 4);
        if (length >= 0xfffffff0u || length > (uint64_t)(units.end - units.p)) {
            return 0;
        }
        const uint8_t *unit_end = units.p + length;
        Reader r = {units.p, unit_end};
        units.p = unit_end;
        uint16_t version = (uint16_t)read_fixed(&r, 2);
        uint64_t abbrev_offset = read_fixed(&r, 4);
        uint8_t addr_size = (uint8_t)read_fixed(&r, 1);
        if (version < 2 || version > 4 || addr_size != 8 || abbrev_offset >= exe.abbrev_size) {
            continue;
        }
        const uint8_t *abbrevs = exe.abbrev + abbrev_offset;
        Die cu;
        if (!read_die(&r, abbrevs, &cu) || !cu.has_children || (cu.has_low && !die_contains(&cu, addr, 0) && !cu.has_ranges)) {
            continue;
        }
        uint64_t base = cu.has_low ? cu.low : 0;
        /* Descend: at each level, find the child containing addr; collect the inlined calls. */
        int n = 0;
        bool inside = false;
        while (r.p < r.end) {
            Die d;
            if (!read_die(&r, abbrevs, &d)) {
                break;      /* end of this level's children: the innermost match is found */
            }
            bool relevant = d.tag == TAG_SUBPROGRAM || d.tag == TAG_INLINED_SUBROUTINE;
            if (relevant && (d.has_low || d.has_ranges) && die_contains(&d, addr, base)) {
                if (d.tag == TAG_INLINED_SUBROUTINE && n < max) {
                    calls[n].name = die_name(unit, unit_end, abbrevs, d.origin);
                    line_unit_file(cu.stmt_list, d.call_file, &calls[n].call);
                    calls[n].call.line = (int64_t)d.call_line;
                    n++;
                }
                inside = true;
                if (!d.has_children) {
                    break;
                }
                continue;   /* read this DIE's children next */
            }
            if (d.has_children) {
                skip_children(&r, abbrevs);
            }
        }
        if (inside) {
            return n;
        }
    }
    return 0;
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

static void print_location(const LlgoPcLine *where) {
    llgo_printcstr("\t");
    if (where->file == NULL) {
        llgo_printcstr("?:0");
        return;
    }
    if (where->dir != NULL) {
        llgo_printcstr(where->dir);
        llgo_printcstr("/");
    }
    llgo_printcstr(where->file);
    llgo_printcstr(":");
    llgo_printint(where->line);
}

/* One Go function's frame: the calls inlined at pc first (gc's "name(...)" lines without offset), then the function. */
static void print_frame(const char *name, uintptr_t pc, uintptr_t lookup, uintptr_t entry) {
    LlgoInlinedCall calls[MAX_INLINED];
    int n = llgo_pcinlined(lookup, calls, MAX_INLINED);
    LlgoPcLine where = {NULL, NULL, 0};
    llgo_pcline(lookup, &where);
    for (int k = n - 1; k >= 0; k--) {
        if (calls[k].name != NULL && !is_helper(calls[k].name)) {
            print_function_name(calls[k].name);
            llgo_printcstr("(...)\n");
            print_location(&where);
            llgo_printcstr("\n");
        }
        where = calls[k].call;
    }
    print_function_name(name);
    llgo_printcstr("(...)\n");
    print_location(&where);
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
