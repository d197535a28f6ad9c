/*
 * Tests the representations that make constant checking linear: a string concatenation
 * kept as its operands (Value.Str.concat) behaves as the joined string, and ConstOps.key
 * is equal for exactly the values ConstOps.equal calls equal, as the duplicate key and
 * duplicate case checks need.
 */
package llgo.frontend.constant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import llgo.frontend.syntax.Op;

class ConstOpsTest {
    private static Value str(String s) { return ConstOps.makeString(s); }

    @Test
    void longConcatenationChainIsTheJoinedString() {
        Value v = str("");
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            String part = "p" + i + ";";
            v = ConstOps.binary(v, Op.ADD, str(part), false);
            expected.append(part);
        }
        Value.Str s = (Value.Str) v;
        assertEquals(expected.length(), s.length());
        assertEquals(expected.toString(), s.bytes());
        assertEquals(str(expected.toString()), v);
        assertEquals(str(expected.toString()).hashCode(), v.hashCode());
        assertTrue(ConstOps.compare(v, Op.GTR, str("p0")));
    }

    @Test
    void concatenationWithEmptyAndNestedOperands() {
        Value ab = ConstOps.binary(str("a"), Op.ADD, str("b"), false);
        Value cd = ConstOps.binary(str("c"), Op.ADD, str(""), false);
        Value abcd = ConstOps.binary(ab, Op.ADD, cd, false);
        assertEquals("abc", ((Value.Str) abcd).bytes());
        assertEquals("\"abc\"", abcd.toString());
        assertNotEquals(str("abd"), abcd);
    }

    @Test
    void keysAreEqualExactlyForEqualValues() {
        List<Value> values = List.of(
                ConstOps.makeInt(1), new Value.Float(new BigDecimal("1.000")), new Value.Complex(BigDecimal.ONE, BigDecimal.ZERO),
                ConstOps.makeInt(0), new Value.Float(new BigDecimal("0.0")), new Value.Float(new BigDecimal("0.5")),
                new Value.Float(new BigDecimal("0.50")), new Value.Complex(new BigDecimal("0.5"), BigDecimal.ONE),
                new Value.Complex(new BigDecimal("0.50"), new BigDecimal("1.0")), new Value.Int(BigInteger.TEN.pow(40)),
                new Value.Float(new BigDecimal("1E+40")), str("1"), str(""), ConstOps.makeBool(true), ConstOps.makeBool(false),
                ConstOps.binary(str("a"), Op.ADD, str("b"), false), str("ab"));
        for (Value x : values) {
            for (Value y : values) {
                assertEquals(ConstOps.equal(x, y), ConstOps.key(x).equals(ConstOps.key(y)), x + " vs " + y);
                if (ConstOps.equal(x, y)) assertEquals(ConstOps.key(x).hashCode(), ConstOps.key(y).hashCode());
            }
        }
        assertFalse(ConstOps.equal(str("1"), ConstOps.makeInt(1)));
    }
}
