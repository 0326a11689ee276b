package org.tlang.spi.telemetry;

/**
 * The telemetry subsystem: named counters and histograms, and spans in W3C trace context. The
 * kernel binds at most one implementation (kind {@code telemetry}); the std modules and the kernel
 * ask for it at each use and get {@link #NONE} when none is bound. Attributes are given as
 * alternating keys and values.
 */
public interface Telemetry {

    /** Counts nothing, traces nothing: what every caller gets while no telemetry is bound. */
    Telemetry NONE = new Telemetry() {
        @Override
        public void count(String name, long n, String... attributes) {}

        @Override
        public void record(String name, double value, String... attributes) {}

        @Override
        public Span span(String name, Span.Kind kind, String traceparent, String... attributes) {
            return Span.NONE;
        }

        @Override
        public String traceparent() {
            return null;
        }

        @Override
        public boolean active() {
            return false;
        }
    };

    /** Adds {@code n} to the counter {@code name} (dotted, OpenTelemetry style: {@code tlang.reloads}). */
    void count(String name, long n, String... attributes);

    /**
     * Records {@code value} in the histogram {@code name}. A name ending in {@code .duration} is in
     * seconds, as OpenTelemetry's semantic conventions measure durations.
     */
    void record(String name, double value, String... attributes);

    /**
     * Starts a span and makes it this thread's current span until it is closed (on this thread).
     *
     * @param traceparent the W3C {@code traceparent} header of a remote parent, or null for a child
     *                    of this thread's current span (or a new trace)
     */
    Span span(String name, Span.Kind kind, String traceparent, String... attributes);

    /** The W3C {@code traceparent} header of this thread's current span, or null if there is none. */
    String traceparent();

    /** False for {@link #NONE}: callers may skip work (reading a clock, building attributes) that only telemetry needs. */
    default boolean active() {
        return true;
    }
}
