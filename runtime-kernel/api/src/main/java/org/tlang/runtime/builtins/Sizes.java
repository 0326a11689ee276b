package org.tlang.runtime.builtins;

import java.util.function.Supplier;
import org.tlang.runtime.PanicException;

/**
 * The checks of an Int argument that a built-in uses as a length, count or capacity. Each failure
 * is a T panic naming the built-in, the argument and its value, never a Java exception, a Java
 * trace or a value cut to 32 bits by a cast.
 */
final class Sizes {
    /** The most UTF-16 units a built-in builds a Str of (the JVM's limit for a String of any text). */
    static final int MAX_CHARS = (Integer.MAX_VALUE >> 1) - 8;

    private Sizes() {}

    /** {@code n} if it is in 0..max, else the panic {@code BUILTIN: negative WHAT N} or {@code BUILTIN: WHAT N is too large}. */
    static long count(String builtin, String what, long n, long max) {
        if (n < 0) throw negative(builtin, what, n);
        if (n > max) throw tooLarge(builtin, what, n);
        return n;
    }

    static PanicException negative(String builtin, String what, long n) {
        return Builtin.panic(builtin + ": negative " + what + " " + n);
    }

    static PanicException tooLarge(String builtin, String what, long n) {
        return Builtin.panic(builtin + ": " + what + " " + n + " is too large");
    }

    /** How many copies of a text of {@code units} UTF-16 units fit in a Str beside {@code used} units. */
    static long copiesThatFit(int units, int used) {
        return units == 0 ? Long.MAX_VALUE : (MAX_CHARS - used) / units;
    }

    /**
     * What {@code make} allocates for the argument {@code what} of value {@code n}, already within
     * the limits above: more than the heap has is the panic {@code BUILTIN: WHAT N does not fit in memory}.
     */
    static <T> T allocate(String builtin, String what, long n, Supplier<T> make) {
        try {
            return make.get();
        } catch (OutOfMemoryError e) {
            // one array or String too large for the heap: nothing else was allocated, so going on is safe
            throw Builtin.panic(builtin + ": " + what + " " + n + " does not fit in memory");
        }
    }
}
