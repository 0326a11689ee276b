package org.tlang.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A stand-in for an OpenTelemetry collector: an OTLP/HTTP receiver on loopback that takes
 * {@code POST /v1/metrics} and {@code /v1/traces} (protobuf), decodes them with the OTLP proto
 * classes and keeps every span and metric it got.
 */
final class OtlpReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<Span> spans = new CopyOnWriteArrayList<>();
    private final List<Metric> metrics = new CopyOnWriteArrayList<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", x -> receive(x, body -> ExportTraceServiceRequest.parseFrom(body).getResourceSpansList()
                .forEach(r -> r.getScopeSpansList().forEach(s -> spans.addAll(s.getSpansList())))));
        server.createContext("/v1/metrics", x -> receive(x, body -> ExportMetricsServiceRequest.parseFrom(body).getResourceMetricsList()
                .forEach(r -> r.getScopeMetricsList().forEach(s -> metrics.addAll(s.getMetricsList())))));
        server.start();
    }

    private interface Decoder {
        void decode(byte[] body) throws IOException;
    }

    private static void receive(HttpExchange x, Decoder decoder) throws IOException {
        try (x) {
            if (!x.getRequestMethod().equals("POST")) {
                x.sendResponseHeaders(405, -1);
                return;
            }
            InputStream in = x.getRequestBody();
            if ("gzip".equalsIgnoreCase(x.getRequestHeaders().getFirst("content-encoding"))) in = new GZIPInputStream(in);
            try {
                decoder.decode(in.readAllBytes());
            } catch (IOException e) {
                x.sendResponseHeaders(400, -1);
                return;
            }
            x.getResponseHeaders().set("content-type", "application/x-protobuf");
            x.sendResponseHeaders(200, -1); // an empty Export*ServiceResponse: everything accepted
        }
    }

    /** The base URL a profile's {@code otlp-endpoint} names. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Waits for a span that {@code matches}; fails naming {@code what} and the spans seen. */
    Span awaitSpan(Predicate<Span> matches, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            for (Span s : spans) if (matches.test(s)) return s;
            Thread.sleep(100);
        }
        throw new AssertionError("no span " + what + " within 30 s; received: "
                + spans.stream().map(s -> s.getName() + " " + hex(s.getTraceId()) + "/" + hex(s.getSpanId()) + "<-" + hex(s.getParentSpanId())).toList());
    }

    /** The spans received so far that {@code match}. */
    List<Span> spans(Predicate<Span> match) {
        return spans.stream().filter(match).toList();
    }

    Metric awaitMetric(String name) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            for (Metric m : metrics) if (m.getName().equals(name)) return m;
            Thread.sleep(100);
        }
        throw new AssertionError("no metric " + name + " within 30 s; received: " + metrics.stream().map(Metric::getName).distinct().toList());
    }

    static String hex(ByteString id) {
        return HexFormat.of().formatHex(id.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
