package org.tlang.runtime;

/**
 * Makes the closure value of one closure expression from the values it captures (in the order of
 * the expression's captures): how compiled code creates closures without an interpreted part.
 */
public interface ClosureMaker {
    FnValue make(Object[] captured);
}
