package org.tlang.jit.codegen;

/** Why a function (or a loop's entry) stays interpreted; not an error. */
public final class Unsupported extends RuntimeException {
    public Unsupported(String why) {
        super(why, null, false, false);
    }
}
