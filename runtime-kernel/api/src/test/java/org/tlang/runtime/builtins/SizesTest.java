package org.tlang.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.tlang.runtime.PanicException;

/** Every Int a built-in takes as a length, count or capacity: out of range is a T panic naming it, never a cut value. */
class SizesTest {
    private static void panics(String message, Executable call) {
        assertEquals(message, assertThrows(PanicException.class, call).getMessage());
    }

    @Test
    void repeatChecksItsCount() {
        panics("repeat: negative count -1", () -> StrBuiltins.repeat("ab", -1));
        panics("repeat: count 9223372036854775807 is too large", () -> StrBuiltins.repeat("ab", Long.MAX_VALUE));
        assertEquals("", StrBuiltins.repeat("", 2147483648L), "an empty text repeats any number of times");
        assertEquals("", StrBuiltins.repeat("", Long.MAX_VALUE));
        assertEquals("ababab", StrBuiltins.repeat("ab", 3));
    }

    @Test
    void padCountsThePadCharactersUnits() {
        panics("pad: width 1073741000 is too large", () -> StrBuiltins.padLeft("x", 1_073_741_000L, "😀"));
        panics("pad: width 9223372036854775807 is too large", () -> StrBuiltins.padRight("x", Long.MAX_VALUE, "-"));
        assertEquals("😀😀x", StrBuiltins.padLeft("x", 3, "😀"));
        assertEquals("x", StrBuiltins.padLeft("x", -5, "-"), "a width below the length leaves the text as it is");
    }

    @Test
    void fixedTakesAnyDigitCountWithoutCuttingIt() {
        panics("fixed: negative digit count -1", () -> FloatBuiltins.fixed(0.5, -1));
        panics("fixed: digit count 4294967296 is too large", () -> FloatBuiltins.fixed(0.5, 4_294_967_296L));
        panics("fixed: digit count 2147483648 is too large", () -> FloatBuiltins.fixed(0.5, 2_147_483_648L));
        assertEquals("0.500", FloatBuiltins.fixed(0.5, 3));
        assertEquals("3", FloatBuiltins.fixed(3.0, 0));
        assertEquals("3.00", FloatBuiltins.fixed(3.0, 2));
        assertEquals("0.00", FloatBuiltins.fixed(-0.0, 2));
        assertEquals("2 4 1.00", FloatBuiltins.fixed(2.5, 0) + " " + FloatBuiltins.fixed(3.5, 0) + " " + FloatBuiltins.fixed(1.005, 2));
        String many = FloatBuiltins.fixed(0.1, 2000);
        assertEquals(2002, many.length());
        assertEquals(new java.math.BigDecimal(0.1).setScale(2000).toPlainString(), many, "zeros past the exact digits");
        assertEquals(new java.math.BigDecimal(1e300).setScale(5).toPlainString(), FloatBuiltins.fixed(1e300, 5));
    }

    @Test
    void powTakesAHugeExponentInFewSteps() {
        assertEquals(-1, IntBuiltins.pow(-1, Long.MAX_VALUE));
        assertEquals(1, IntBuiltins.pow(-1, Long.MAX_VALUE - 1));
        assertEquals(1, IntBuiltins.pow(1, Long.MAX_VALUE));
        assertEquals(0, IntBuiltins.pow(0, Long.MAX_VALUE));
        assertEquals(1, IntBuiltins.pow(0, 0));
        assertEquals(Long.MIN_VALUE, IntBuiltins.pow(-2, 63));
        assertEquals(1L << 62, IntBuiltins.pow(2, 62));
        assertEquals(4052555153018976267L, IntBuiltins.pow(3, 39));
        panics("integer overflow", () -> IntBuiltins.pow(3, 40));
        panics("integer overflow", () -> IntBuiltins.pow(2, Long.MAX_VALUE));
        panics("negative exponent -1", () -> IntBuiltins.pow(2, -1));
    }

    @Test
    void vecWithChecksItsLength() {
        panics("Vec::with: negative length -1", () -> VecBuiltins.with(-1, 0L));
        panics("capacity overflow", () -> VecBuiltins.with(Long.MAX_VALUE, 0L));
        panics("Vec::with: length 2147483639 does not fit in memory", () -> VecBuiltins.with(2_147_483_639L, 0L));
    }

    @Test
    void chanChecksItsCapacity() {
        panics("chan: negative capacity -1", () -> PreludeBuiltins.chan(-1));
        PreludeBuiltins.chan(0);
        PreludeBuiltins.chan(Long.MAX_VALUE);
    }
}
