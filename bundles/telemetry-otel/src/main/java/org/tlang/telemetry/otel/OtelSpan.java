package org.tlang.telemetry.otel;

import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.tlang.spi.telemetry.Span;

/** An OpenTelemetry span and the scope that made it current. */
final class OtelSpan implements Span {
    private final io.opentelemetry.api.trace.Span span;
    private final Scope scope;

    OtelSpan(io.opentelemetry.api.trace.Span span, Scope scope) {
        this.span = span;
        this.scope = scope;
    }

    @Override
    public void attribute(String key, String value) {
        span.setAttribute(key, value);
    }

    @Override
    public void attribute(String key, long value) {
        span.setAttribute(key, value);
    }

    @Override
    public void fail(String message) {
        span.setStatus(StatusCode.ERROR, message);
    }

    @Override
    public String traceparent() {
        return TraceParents.inject(Context.root().with(span));
    }

    @Override
    public void close() {
        scope.close();
        span.end();
    }
}
