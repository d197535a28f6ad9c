/* numbers.go through the runtime's print functions. */
#include <math.h>

#include "program.h"

static void println_floats(const double *v, int n) {
    begin();
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            sp();
        }
        llgo_printfloat(v[i]);
    }
    end();
}

LLGO_MAIN {
    volatile double zero = 0.0;
    double line1[] = {zero, copysign(0.0, -1.0), 1.5, 1e300, 1e-300, zero / zero, 1 / zero, -1 / zero, 123456789.0};
    println_floats(line1, 9);
    double line2[] = {-2.5e-10, 9.9999999, 0.99999996, 5e-324, 1.79769313486231570814527423731704356798070e+308, 1.0, 100.0, -7.0};
    println_floats(line2, 8);
    double line3[] = {(float)0.1, (float)3.4e38, (float)(-1.0 / 3.0)};
    println_floats(line3, 3);

    begin();
    llgo_printint((int8_t)-128); sp(); llgo_printint((int8_t)127); sp();
    llgo_printint((int16_t)-32768); sp(); llgo_printint((int16_t)32767);
    end();
    begin();
    llgo_printint((int32_t)INT32_MIN); sp(); llgo_printint(INT32_MAX); sp();
    llgo_printint(INT64_MIN); sp(); llgo_printint(INT64_MAX); sp(); llgo_printint(0); sp(); llgo_printint(-1);
    end();
    begin();
    llgo_printuint((uint8_t)255); sp(); llgo_printuint((uint16_t)65535); sp(); llgo_printuint(UINT32_MAX); sp();
    llgo_printuint(UINT64_MAX); sp(); llgo_printuint(0); sp(); llgo_printuint(31);
    end();

    llgo_printlock();
    llgo_printint(1); llgo_printint(2); pstr(lit("x")); llgo_printbool(true); pstr(lit("\n"));
    llgo_printunlock();

    begin();
    llgo_printbool(true); sp(); llgo_printbool(false);
    end();
    begin();
    llgo_printcomplex(1, 2); sp(); llgo_printcomplex(-0.5, 1 / zero); sp(); llgo_printcomplex((float)1.5, (float)-2);
    end();
    begin();
    llgo_printpointer((void *)0x1f); sp(); llgo_printpointer(NULL); sp();
    llgo_printpointer((void *)0xdeadbeef); sp(); llgo_printhex(UINT64_MAX);
    end();
    begin();
    end();
    begin();
    pstr(lit("end"));
    end();
}
