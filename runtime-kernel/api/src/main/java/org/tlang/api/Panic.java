package org.tlang.api;

import java.util.List;

/**
 * A T panic as data: its message and T stack trace, innermost frame first
 * ({@code module.function (file:line:col)}). A very deep trace keeps its two ends: {@code inner}
 * and {@code outer} frames, with {@code omitted} frames between them only counted; -1 when an
 * unknown number of frames is missing (a stack overflow in compiled code keeps only its innermost
 * frames).
 */
public record Panic(String message, List<String> inner, long omitted, List<String> outer) {
    public Panic {
        inner = List.copyOf(inner);
        outer = List.copyOf(outer);
    }

    /** Every frame kept, innermost first. */
    public List<String> trace() {
        if (outer.isEmpty()) return inner;
        java.util.ArrayList<String> all = new java.util.ArrayList<>(inner);
        all.addAll(outer);
        return List.copyOf(all);
    }
}
