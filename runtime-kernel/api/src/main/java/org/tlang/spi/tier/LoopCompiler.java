package org.tlang.spi.tier;

import java.lang.invoke.MethodHandle;

import org.tlang.tir.TExpr;

/**
 * Compiles one loop of a running function for on-stack replacement. The handle has type
 * {@code (Frame, long, long) boolean}: it loads every local from the frame (as laid out in
 * {@link org.tlang.runtime.Frame}), continues the loop at the start of its body (for a `for` over a
 * range, with the counter and the bound given as the two longs, the loop variable already set; for
 * a `for` over a collection, with the items in the frame's completion and the item's index as the
 * first long), writes every local back, leaves the loop's value (or the value of a `return`) in
 * {@link org.tlang.runtime.Frame#completion}, and returns true when a `return` ended the function.
 */
@FunctionalInterface
public interface LoopCompiler {
    /** The compiled loop, or null to keep it interpreted. */
    MethodHandle compile(TExpr loop);
}
