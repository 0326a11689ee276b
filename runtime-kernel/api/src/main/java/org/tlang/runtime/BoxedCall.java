package org.tlang.runtime;

/**
 * A built-in function over boxed arguments, as compiled code calls it: the arguments evaluated by
 * the caller, a panic positioned at the call. The JIT calls these directly instead of running the
 * call as an interpreted part.
 */
public interface BoxedCall {
    Object apply(Object[] args);
}
