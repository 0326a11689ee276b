package org.tlang.telemetry.otel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/** The W3C {@code traceparent} header, read into a context and written from one. */
final class TraceParents {
    private static final String HEADER = "traceparent";
    private static final TextMapGetter<String> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParents() {}

    /** A context whose remote parent is {@code traceparent}; the root context if it is not a valid header. */
    static Context extract(String traceparent) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, GETTER);
    }

    /** The header of {@code context}'s span, or null if it has no valid span. */
    static String inject(Context context) {
        Map<String, String> headers = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, headers, Map::put);
        return headers.get(HEADER);
    }
}
