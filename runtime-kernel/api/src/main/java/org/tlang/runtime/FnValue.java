package org.tlang.runtime;

/** A T function value: a closure or a named function used as a value. */
public interface FnValue {
    Object[] NO_CAPTURES = new Object[0];

    Object call(Object[] args);

    /** The values a closure captured (boxed; a {@link Box} for a capture by reference); none for a named function. */
    default Object[] captures() {
        return NO_CAPTURES;
    }
}
