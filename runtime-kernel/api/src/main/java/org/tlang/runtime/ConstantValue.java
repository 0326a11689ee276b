package org.tlang.runtime;

/** An expression whose value is fixed when it is compiled (a named function used as a value): compiled code takes the value itself. */
public interface ConstantValue {
    Object value();
}
