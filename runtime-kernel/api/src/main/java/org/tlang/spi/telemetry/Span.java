package org.tlang.spi.telemetry;

/** A span started by {@link Telemetry#span}: current on its thread until {@link #close()}, which ends it. */
public interface Span extends AutoCloseable {

    /** What a span stands for, as OpenTelemetry's span kinds. */
    enum Kind { INTERNAL, SERVER, CLIENT }

    /** The span of {@link Telemetry#NONE}. */
    Span NONE = new Span() {
        @Override
        public void attribute(String key, String value) {}

        @Override
        public void attribute(String key, long value) {}

        @Override
        public void fail(String message) {}

        @Override
        public String traceparent() {
            return null;
        }

        @Override
        public void close() {}
    };

    void attribute(String key, String value);

    void attribute(String key, long value);

    /** Marks the span failed (status ERROR) with {@code message}: a panic, a 5xx answer. */
    void fail(String message);

    /** This span's W3C {@code traceparent} header value, to send with an outgoing request. */
    String traceparent();

    /** Ends the span and makes current again what was current before it. */
    @Override
    void close();
}
