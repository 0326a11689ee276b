package org.tlang.cli;

/**
 * With {@code TLANG_TIMING=1}, the launcher prints how long each phase took to stderr
 * ({@code timing boot 412}), counted from the start of {@link Main#main}; {@code bench/startup.sh}
 * reads these lines.
 */
final class Timing {
    private final boolean on;
    private long last = Main.STARTED;

    private Timing(boolean on) {
        this.on = on;
    }

    static Timing fromEnvironment() {
        return new Timing("1".equals(System.getenv("TLANG_TIMING")));
    }

    void mark(String phase) {
        long now = System.nanoTime();
        if (on) System.err.println("timing " + phase + " " + (now - last) / 1_000_000);
        last = now;
    }
}
