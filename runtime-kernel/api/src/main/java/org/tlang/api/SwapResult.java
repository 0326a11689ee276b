package org.tlang.api;

/**
 * The outcome of {@link TlangRuntime#swap}.
 *
 * @param swapped  true if the new implementation now serves new work
 * @param kind     the subsystem kind
 * @param from     the implementation bound before
 * @param to       the implementation asked for
 * @param drained  true if the old implementation's work in flight finished within the deadline
 * @param message  one readable line: what happened, or why the swap was refused and rolled back
 */
public record SwapResult(boolean swapped, String kind, String from, String to, boolean drained, String message) {}
