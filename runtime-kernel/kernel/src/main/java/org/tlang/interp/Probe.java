package org.tlang.interp;

import org.tlang.runtime.Frame;
import org.tlang.tir.Pos;

/**
 * What a debugger sees of interpreted code compiled for it ({@link Host#probe}): every function
 * entered and left, and every statement about to run, with the activation's frame. Code compiled
 * without a probe has no such nodes and pays nothing.
 */
public interface Probe {
    /** Code was compiled with a statement of {@code site}'s function at {@code pos}: a breakpoint there can stop. */
    default void statement(Site site, Pos pos) {}

    void entered(Site site, Frame f);

    /** The statement at {@code pos} of {@code site}'s function is about to run; the call may wait (a breakpoint, a step). */
    void line(Site site, Pos pos, Frame f);

    void left(Site site);
}
