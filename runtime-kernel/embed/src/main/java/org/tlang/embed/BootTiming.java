package org.tlang.embed;

/**
 * With {@code TLANG_TIMING=1} in the environment (as for the launcher's own phases), {@link Tlang#boot}
 * prints how long each of its steps took to stderr: {@code timing boot.framework 52}.
 */
final class BootTiming {
    private final boolean on;
    private long last = System.nanoTime();

    private BootTiming(boolean on) {
        this.on = on;
    }

    static BootTiming fromEnvironment() {
        return new BootTiming("1".equals(System.getenv("TLANG_TIMING")));
    }

    void mark(String step) {
        long now = System.nanoTime();
        if (on) System.err.println("timing boot." + step + " " + (now - last) / 1_000_000);
        last = now;
    }
}
