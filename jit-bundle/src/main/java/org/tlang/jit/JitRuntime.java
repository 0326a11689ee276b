package org.tlang.jit;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.Objects;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Printer;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.Vec;
import org.tlang.tir.Pos;

/**
 * What generated code calls: the {@code invokedynamic} bootstrap that binds a call to its callee's
 * switchable call site, its constants, and the checks whose failure is a T panic at a source
 * position. Every helper is small so HotSpot inlines it into the compiled T function.
 */
public final class JitRuntime {
    private JitRuntime() {}

    /** The constants of a generated class (fields read in its static initialiser, call sites by index). */
    public static Object[] constants(Class<?> generated) {
        return ((VersionLoader) generated.getClassLoader()).constants(generated.getName());
    }

    /** Bootstrap of every T call: the callee's {@link MutableCallSite}, constant {@code index} of the caller's class. */
    public static CallSite link(MethodHandles.Lookup caller, String name, MethodType type, int index) {
        MutableCallSite site = (MutableCallSite) constants(caller.lookupClass())[index];
        if (site.type().equals(type)) return site;
        return new ConstantCallSite(site.dynamicInvoker().asType(type));
    }

    // --- the T trace of a panic ---

    /** A panic leaves a compiled function: record its frame (as CallTarget does for interpreted ones). */
    public static PanicException leave(PanicException p, String function, String file) {
        p.leave(function, file);
        return p;
    }

    /** A panic leaves a call made at line:col. */
    public static PanicException at(PanicException p, int line, int col) {
        p.at(new Pos(line, col));
        return p;
    }

    /** A built-in's panic, which has no position of its own yet, is at the call. */
    public static PanicException placed(PanicException p, int line, int col) {
        p.atIfUnknown(new Pos(line, col));
        return p;
    }

    public static PanicException panic(String message, int line, int col) {
        return new PanicException(message, new Pos(line, col));
    }

    // --- Int arithmetic with T's checks ---

    // Math.*Exact are HotSpot intrinsics (an add and a jump on the overflow flag); the catch runs only on overflow

    public static long add(long a, long b, int line, int col) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw panic("integer overflow", line, col);
        }
    }

    public static long sub(long a, long b, int line, int col) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException e) {
            throw panic("integer overflow", line, col);
        }
    }

    public static long mul(long a, long b, int line, int col) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw panic("integer overflow", line, col);
        }
    }

    public static long div(long a, long b, int line, int col) {
        if (b == 0) throw panic("division by zero", line, col);
        if (a == Long.MIN_VALUE && b == -1) throw panic("integer overflow", line, col);
        return a / b;
    }

    public static long rem(long a, long b, int line, int col) {
        if (b == 0) throw panic("division by zero", line, col);
        if (b == -1) return 0;
        return a % b;
    }

    public static long neg(long a, int line, int col) {
        if (a == Long.MIN_VALUE) throw panic("integer overflow", line, col);
        return -a;
    }

    // --- data ---

    public static Object staticGet(StaticCell cell, int line, int col) {
        try {
            return cell.get();
        } catch (PanicException p) {
            p.atIfUnknown(new Pos(line, col));
            throw p;
        }
    }

    /**
     * Where a strip of a loop's iterations that starts at counter {@code i} ends: after {@code budget}
     * of them (the back edges left until the next safepoint poll), or at {@code end}, whichever
     * comes first, and at {@code end} if {@code i + budget} would overflow.
     */
    public static int stripEnd(int i, int budget, int end) {
        int limit = i + budget;
        return limit < i || limit > end ? end : limit;
    }

    /** {@link #stripEnd(int, int, int)} of a long counter. */
    public static long stripEnd(long i, int budget, long end) {
        long limit = i + budget;
        return limit < i || limit > end ? end : limit;
    }

    /**
     * {@code i} as an index of the Vec {@code vec}, or the T panic of an index out of bounds;
     * compiled code then reads the element with Vec's typed accessor.
     */
    public static int index(Object vec, long i, int line, int col) {
        Vec v = (Vec) vec;
        if (i < 0 || i >= v.size()) throw panic(Printer.indexOutOfBounds(v.size(), i), line, col);
        return (int) i;
    }

    /** {@link #index(Object, long, int, int)} of an index that fits an int: a check HotSpot hoists out of a counted loop. */
    public static int index(Object vec, int i, int line, int col) {
        Vec v = (Vec) vec;
        try {
            return Objects.checkIndex(i, v.size());
        } catch (IndexOutOfBoundsException e) {
            throw panic(Printer.indexOutOfBounds(v.size(), i), line, col);
        }
    }

    // `v[i] = x` checks the index once x is computed, as the interpreter does

    public static void vecSet(Object vec, long i, Object x, int line, int col) {
        ((Vec) vec).set(index(vec, i, line, col), x);
    }

    public static void vecSetLong(Object vec, long i, long x, int line, int col) {
        ((Vec) vec).setLong(index(vec, i, line, col), x);
    }

    public static void vecSetDouble(Object vec, long i, double x, int line, int col) {
        ((Vec) vec).setDouble(index(vec, i, line, col), x);
    }

    public static void vecSetBool(Object vec, long i, boolean x, int line, int col) {
        ((Vec) vec).setBool(index(vec, i, line, col), x);
    }

    public static void vecSet(Object vec, int i, Object x, int line, int col) {
        ((Vec) vec).set(index(vec, i, line, col), x);
    }

    public static void vecSetLong(Object vec, int i, long x, int line, int col) {
        ((Vec) vec).setLong(index(vec, i, line, col), x);
    }

    public static void vecSetDouble(Object vec, int i, double x, int line, int col) {
        ((Vec) vec).setDouble(index(vec, i, line, col), x);
    }

    public static void vecSetBool(Object vec, int i, boolean x, int line, int col) {
        ((Vec) vec).setBool(index(vec, i, line, col), x);
    }

    public static void vecPush(Object vec, Object x) {
        ((Vec) vec).add(x);
    }

    public static void vecPushLong(Object vec, long x) {
        ((Vec) vec).pushLong(x);
    }

    public static void vecPushDouble(Object vec, double x) {
        ((Vec) vec).pushDouble(x);
    }

    /** {@code map[key]}: the value, or the T panic `key not found`. */
    public static Object mapGet(Object map, Object key, int line, int col) {
        Object v = ((java.util.Map<?, ?>) map).get(key);
        if (v == null) throw panic(Printer.keyNotFound(key), line, col);
        return v;
    }
}
