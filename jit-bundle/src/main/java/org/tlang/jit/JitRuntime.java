package org.tlang.jit;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import org.tlang.interp.PanicException;
import org.tlang.interp.StaticCell;
import org.tlang.lang.source.Pos;

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

    /** The JVM stack ran out inside a compiled function: the T panic `stack overflow`. */
    public static PanicException overflow(String function, String file) {
        PanicException p = new PanicException("stack overflow", null);
        p.leave(function, file);
        return p;
    }

    /** A panic leaves a call made at line:col. */
    public static PanicException at(PanicException p, int line, int col) {
        p.at(new Pos(line, col));
        return p;
    }

    public static PanicException panic(String message, int line, int col) {
        return new PanicException(message, new Pos(line, col));
    }

    // --- Int arithmetic with T's checks ---

    public static long add(long a, long b, int line, int col) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) throw panic("integer overflow", line, col);
        return r;
    }

    public static long sub(long a, long b, int line, int col) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) throw panic("integer overflow", line, col);
        return r;
    }

    public static long mul(long a, long b, int line, int col) {
        long hi = Math.multiplyHigh(a, b);
        long r = a * b;
        if (hi != (r >> 63)) throw panic("integer overflow", line, col);
        return r;
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

    @SuppressWarnings("unchecked")
    public static Object vecGet(Object vec, long i, int line, int col) {
        ArrayList<Object> v = (ArrayList<Object>) vec;
        if (i < 0 || i >= v.size()) throw panic("index out of bounds: the len is " + v.size() + " but the index is " + i, line, col);
        return v.get((int) i);
    }

    @SuppressWarnings("unchecked")
    public static void vecSet(Object vec, long i, Object x, int line, int col) {
        ArrayList<Object> v = (ArrayList<Object>) vec;
        if (i < 0 || i >= v.size()) throw panic("index out of bounds: the len is " + v.size() + " but the index is " + i, line, col);
        v.set((int) i, x);
    }

    public static long vecLen(Object v) {
        return v instanceof java.util.Map<?, ?> m ? m.size() : ((java.util.Collection<?>) v).size();
    }

    public static double round(double d) {
        return d < 0 ? -Math.floor(-d + 0.5) : Math.floor(d + 0.5);
    }
}
