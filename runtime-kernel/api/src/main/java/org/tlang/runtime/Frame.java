package org.tlang.runtime;

/**
 * The locals of one activation. Int and Bool (0/1) live in {@code prims}, Float too (as raw
 * bits), everything else in {@code refs}; local {@code i} uses slot {@code i} of the array of its kind.
 */
public final class Frame {
    public final long[] prims;
    public final Object[] refs;
    /** The value of the `break` or `return` that ended the last statement abruptly. */
    public Object completion;
    /** Nesting of direct T calls below the task's first frame; bounded by the interpreter's depth limit. */
    public int depth;
    /** Loop back edges this activation may still take before it calls {@link Safepoint#poll}. */
    public int untilPoll = Safepoint.PERIOD;

    public Frame(int size) {
        this.prims = new long[size];
        this.refs = new Object[size];
    }

    private static final Object[] NO_REFS = new Object[0];

    /** A frame without reference slots when {@code refs} is false (every local is an Int, Float or Bool). */
    public Frame(int size, boolean refs) {
        this.prims = new long[size];
        this.refs = refs ? new Object[size] : NO_REFS;
    }
}
