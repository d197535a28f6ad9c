/* pointers.go through the runtime's pointer, slice and interface printing. */
#include "program.h"

static int64_t g;

/* The descriptor of int (program.h NamedType). */
static NamedType int_type = {"int", {.size = 8, .align = 8, .fieldAlign = 8, .kind = LLGO_KIND_INT}};

LLGO_MAIN {
    begin(); llgo_printpointer(NULL); end();
    begin(); llgo_printpointer(&g); end();
    GoSlice s;
    llgo_makeslice(&s, 3, 10, ELEM(8));
    begin(); llgo_printslice(s.p, s.len, s.cap); end();
    begin(); llgo_printslice(NULL, 0, 0); end();
    begin(); llgo_printeface(NULL, NULL); end();
    int64_t *boxed = llgo_alloc(8);
    *boxed = 5;
    begin(); llgo_printeface(named(&int_type), boxed); end();
    begin(); pstr(lit("end")); end();
}
