package org.tlang.telemetry.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tlang.api.TlangRuntime;
import org.tlang.spi.telemetry.Span;

class OtelTelemetryTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT = "00f067aa0ba902b7";

    /** A runtime with no subsystems bound: all the gauges ask of it. */
    private static final TlangRuntime RUNTIME = (TlangRuntime) Proxy.newProxyInstance(TlangRuntime.class.getClassLoader(),
            new Class<?>[] {TlangRuntime.class}, (p, m, a) -> m.getName().equals("subsystems") ? List.of() : null);

    private static OtelTelemetry.Config config(Map<String, Object> values) {
        return (OtelTelemetry.Config) Proxy.newProxyInstance(OtelTelemetry.Config.class.getClassLoader(), new Class<?>[] {OtelTelemetry.Config.class},
                (p, m, a) -> values.containsKey(m.getName()) ? values.get(m.getName()) : m.getDefaultValue());
    }

    @Test
    void aSpanContinuesTheTraceItIsGivenAndIsCurrentUntilClosed() {
        // with no exporter of spans the SDK records none (it passes the parent on): give it one, on a port nothing listens on
        OtelTelemetry t = new OtelTelemetry(config(Map.of("otlp$_$endpoint", "http://127.0.0.1:1", "export$_$interval$_$ms", 3600000L)), RUNTIME);
        try {
            assertNull(t.traceparent(), "no span is current");
            try (Span server = t.span("GET", Span.Kind.SERVER, "00-" + TRACE + "-" + PARENT + "-01")) {
                String mine = server.traceparent();
                assertTrue(mine.startsWith("00-" + TRACE + "-"), mine);
                assertNotEquals(PARENT, mine.split("-")[2], "a span of its own, whose parent is the remote one");
                assertEquals(mine, t.traceparent());
                try (Span child = t.span("work", Span.Kind.INTERNAL, null)) {
                    assertTrue(child.traceparent().startsWith("00-" + TRACE + "-"), "a child of the current span");
                    assertNotEquals(mine, child.traceparent());
                }
                assertEquals(mine, t.traceparent(), "closing the child made its parent current again");
            }
            assertNull(t.traceparent());
            try (Span fresh = t.span("new", Span.Kind.INTERNAL, "not a traceparent")) {
                assertNotEquals(TRACE, fresh.traceparent().split("-")[1], "a bad header starts a new trace");
            }
        } finally {
            t.deactivate();
        }
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() throws Exception {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> new OtelTelemetry(config(Map.of("otlp$_$endpoint", "ftp://collector")), RUNTIME));
        assertEquals("telemetry.otlp-endpoint must be an http:// or https:// URL, got \"ftp://collector\"", url.getMessage());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                    () -> new OtelTelemetry(config(Map.of("prometheus$_$port", taken.getLocalPort())), RUNTIME));
            assertTrue(port.getMessage().startsWith("telemetry.prometheus-port " + taken.getLocalPort() + ": cannot listen on 127.0.0.1"), port.getMessage());
        }
    }
}
