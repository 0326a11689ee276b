package org.tlang.runtime;

/** A T function value: a closure or a named function used as a value. */
public interface FnValue {
    Object call(Object[] args);
}
