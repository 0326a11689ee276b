package org.tlang.wasm.compile;

import org.tlang.tir.Pos;

/** Thrown while compiling: a construct the wasm tier does not run, at {@code pos} of {@code module}. */
final class Refusal extends RuntimeException {
    final String module;
    final Pos pos;

    Refusal(String module, Pos pos, String message) {
        super(message, null, false, false);
        this.module = module;
        this.pos = pos;
    }
}
