package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.opentelemetry.proto.trace.v1.Span;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.tlang.api.RunRequest;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * Metrics and traces (issue 16 point 3) in the real runtime: a profile binds telemetry 'otel' with
 * a Prometheus endpoint and OTLP to a stand-in collector on loopback ({@link OtlpReceiver}); the
 * counter service is scraped, traced, and reloaded under a JFR recording.
 */
class TelemetryIT {
    static OtlpReceiver otlp;
    static int prometheusPort;
    static Tlang tlang;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    @BeforeAll
    static void boot() throws Exception {
        otlp = new OtlpReceiver();
        try (ServerSocket s = new ServerSocket(0)) {
            prometheusPort = s.getLocalPort();
        }
        String profile = Files.readString(RuntimeIT.HOME.resolve("profiles/default.toml")) + """

                [telemetry]
                impl = "otel"
                otlp-endpoint = "%s"
                prometheus-port = %d
                service-name = "telemetry-it"
                export-interval-ms = 500
                """.formatted(otlp.url(), prometheusPort);
        tlang = Tlang.init(BundleSet.directory(RuntimeIT.HOME), profile, "telemetry.toml");
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
        if (otlp != null) otlp.close();
    }

    @Test
    void theCounterServiceIsScrapedTracedAndItsReloadRecorded() throws Exception {
        Path service = temp.resolve("counter-service");
        ReloadUnderLoadIT.copy(RuntimeIT.ROOT.resolve("examples/counter-service"), service);
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> run = start(service.resolve("src/main.t"), true, out, err);
        String base = baseUrl(out, run, err, "counter-service");

        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String traceparent = traceparent();
            sent.add(traceparent);
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/count/hits")).header("traceparent", traceparent)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
        }

        String scraped = scrape();
        assertTrue(Pattern.compile("(?m)^http_server_request_duration_seconds_count\\{[^}]*http_request_method=\"POST\"[^}]*http_response_status_code=\"200\"[^}]*} 5$")
                .matcher(scraped).find(), scraped);
        assertTrue(Pattern.compile("(?m)^http_server_request_duration_seconds_bucket\\{[^}]*http_request_method=\"POST\"[^}]*le=\"\\+Inf\"[^}]*} 5$")
                .matcher(scraped).find(), scraped);
        assertTrue(Pattern.compile("(?m)^tlang_scheduler\\{[^}]*impl=\"virtual\"[^}]*metric=\"tasks-spawned\"[^}]*} [1-9]").matcher(scraped).find(), scraped);

        for (String traceparent : sent) {
            String[] parts = traceparent.split("-");
            Span server = otlp.awaitSpan(s -> OtlpReceiver.hex(s.getTraceId()).equals(parts[1]) && s.getKind() == Span.SpanKind.SPAN_KIND_SERVER,
                    "SERVER in trace " + parts[1]);
            assertEquals(parts[2], OtlpReceiver.hex(server.getParentSpanId()), "the server span's parent is the client's traceparent");
            assertEquals("POST", server.getName());
            // reply is #[trace]: its span is a child of the request's
            Span reply = otlp.awaitSpan(s -> s.getName().equals("reply") && s.getTraceId().equals(server.getTraceId()), "reply in trace " + parts[1]);
            assertEquals(OtlpReceiver.hex(server.getSpanId()), OtlpReceiver.hex(reply.getParentSpanId()));
        }
        assertEquals("s", otlp.awaitMetric("http.server.request.duration").getUnit());

        try (Recording recording = new Recording()) {
            recording.enable("org.tlang.Reload");
            recording.start();
            Path api = service.resolve("src/counter/api.t");
            Files.writeString(api, Files.readString(api).replace("pub const VERSION: Str = \"1\";", "pub const VERSION: Str = \"2\";"));
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!version(base).equals("2")) {
                assertTrue(System.nanoTime() < end, () -> "the reload did not happen: " + err.text());
                Thread.sleep(100);
            }
            recording.stop();
            Path jfr = temp.resolve("reload.jfr");
            recording.dump(jfr);
            List<RecordedEvent> reloads = RecordingFile.readAllEvents(jfr).stream()
                    .filter(e -> e.getEventType().getName().equals("org.tlang.Reload")).toList();
            assertTrue(reloads.stream().anyMatch(e -> e.getString("outcome").equals("applied") && e.getString("modules").contains("counter.api")),
                    () -> "reload events: " + reloads);
        }
        String afterReload = scrape();
        assertTrue(Pattern.compile("(?m)^tlang_reloads_total\\{[^}]*outcome=\"applied\"[^}]*} 1(\\.0)?$").matcher(afterReload).find(), afterReload);

        stopServing(run, err);
    }

    @Test
    void theStdClientCarriesTheTraceOn() throws Exception {
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> run = start(RuntimeIT.SAMPLES.resolve("telemetry/relay.t"), false, out, err);
        String base = baseUrl(out, run, err, "relay");
        String traceparent = traceparent();
        String[] sent = traceparent.split("-");
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/outer")).header("traceparent", traceparent).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String[] seen = r.body().strip().split("-");
        assertEquals(4, seen.length, "what /inner got as traceparent: " + r.body());
        assertEquals(sent[1], seen[1], "the inner request is in the caller's trace");
        assertNotEquals(sent[2], seen[2], "its parent is the client span, not the caller's");

        Span outer = otlp.awaitSpan(s -> OtlpReceiver.hex(s.getParentSpanId()).equals(sent[2]), "child of the caller's span");
        Span client = otlp.awaitSpan(s -> OtlpReceiver.hex(s.getSpanId()).equals(seen[2]), "the client span " + seen[2]);
        assertEquals(Span.SpanKind.SPAN_KIND_CLIENT, client.getKind());
        assertEquals(OtlpReceiver.hex(outer.getSpanId()), OtlpReceiver.hex(client.getParentSpanId()), "the client span is the outer request's child");
        Span inner = otlp.awaitSpan(s -> OtlpReceiver.hex(s.getParentSpanId()).equals(seen[2]), "the inner server span");
        assertEquals(Span.SpanKind.SPAN_KIND_SERVER, inner.getKind());

        stopServing(run, err);
    }

    @Test
    void aTracedFunctionIsASpanPerCallOnEveryTierButWasmWhichRefusesIt() throws Exception {
        Path traced = RuntimeIT.SAMPLES.resolve("telemetry/traced.t");
        try (Recording recording = new Recording()) {
            recording.enable("org.tlang.Swap");
            recording.enable("org.tlang.Compile");
            recording.start();
            for (String tier : List.of("interp", "jit", "tiered")) {
                RuntimeIT.swapTier(tlang.runtime(), tier);
                List<Span> before = otlp.spans(s -> s.getName().equals("outer"));
                RuntimeIT.Run run = RuntimeIT.run(tlang.runtime(), traced, List.of(tier), r -> r);
                assertEquals(0, run.status(), run.err());
                assertEquals("sum Ok(" + (45 + 4950 + tier.length()) + ")\n", run.out(), tier);
                // this run's outer span (a root: main is not traced), once its three work spans came too
                Span outer = otlp.awaitSpan(s -> s.getName().equals("outer") && !before.contains(s)
                        && otlp.spans(c -> c.getParentSpanId().equals(s.getSpanId())).size() == 3, "outer with its three work spans, on " + tier);
                List<Span> work = otlp.spans(c -> c.getParentSpanId().equals(outer.getSpanId()));
                assertTrue(work.stream().allMatch(w -> w.getName().equals("work") && w.getTraceId().equals(outer.getTraceId())), work::toString);
            }
            RuntimeIT.swapTier(tlang.runtime(), "wasm");
            RuntimeIT.Run refused = RuntimeIT.run(tlang.runtime(), traced, List.of("wasm"), r -> r);
            assertEquals(1, refused.status(), refused.err());
            assertTrue(refused.err().contains("the wasm tier does not run `#[trace]` functions"), refused.err());
            assertEquals("", refused.out());

            recording.stop();
            Path jfr = temp.resolve("tiers.jfr");
            recording.dump(jfr);
            List<RecordedEvent> events = RecordingFile.readAllEvents(jfr);
            assertTrue(events.stream().anyMatch(e -> e.getEventType().getName().equals("org.tlang.Swap")
                    && e.getString("kind").equals("tier") && e.getString("to").equals("wasm") && e.getString("outcome").equals("swapped")), events::toString);
            assertTrue(events.stream().anyMatch(e -> e.getEventType().getName().equals("org.tlang.Compile")
                    && e.getString("function").endsWith("work") && e.getInt("bytes") > 0), "the jit tier compiles work as its module loads");
        } finally {
            RuntimeIT.swapTier(tlang.runtime(), "tiered");
        }
    }

    @Test
    void aPanicIsCountedOnceWhereItHappened() throws Exception {
        RuntimeIT.Run run = RuntimeIT.run(tlang.runtime(), RuntimeIT.SAMPLES.resolve("telemetry/task_panic.t"), List.of(), r -> r);
        assertEquals(101, run.status(), run.err());
        String scraped = scrape();
        assertTrue(Pattern.compile("(?m)^tlang_panics_total\\{[^}]*where=\"task\"[^}]*} 1(\\.0)?$").matcher(scraped).find(), scraped);
        assertTrue(!scraped.contains("where=\"main\""), "the join that ended main rethrew the task's panic: not a second one\n" + scraped);
    }

    private static CompletableFuture<Integer> start(Path main, boolean watch, Output out, Output err) {
        return CompletableFuture.supplyAsync(() -> RuntimeIT.status(tlang.runtime().run(
                        new RunRequest(main, List.of("0"), out.stream, err.stream, watch).allowing(List.of("net=127.0.0.1:*"))), err),
                r -> Thread.ofPlatform().name(main.getFileName().toString()).start(r));
    }

    private static String baseUrl(Output out, CompletableFuture<Integer> run, Output err, String what) throws InterruptedException {
        String banner = out.await(t -> t.contains("listening on http://127.0.0.1:") || run.isDone(), Duration.ofSeconds(30), what + " to listen");
        assertTrue(!run.isDone(), () -> what + " ended with status " + run.join() + ": " + err.text());
        Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(banner);
        assertTrue(m.find(), banner);
        return m.group(1);
    }

    /** Stopping std.http stops its servers, so main returns. */
    private static void stopServing(CompletableFuture<Integer> run, Output err) throws Exception {
        Bundle http = CounterServiceIT.bundle(tlang, "org.tlang.std.http");
        http.stop();
        try {
            assertEquals(0, run.get(20, TimeUnit.SECONDS), err.text());
        } finally {
            http.start();
        }
    }

    private static String version(String base) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("x-counter-version").orElse("");
    }

    private static String scrape() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + prometheusPort + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    /** A W3C traceparent with a random trace and span id, sampled. */
    private static String traceparent() {
        byte[] trace = new byte[16];
        byte[] span = new byte[8];
        ThreadLocalRandom.current().nextBytes(trace);
        ThreadLocalRandom.current().nextBytes(span);
        trace[0] |= 1;
        span[0] |= 1;
        return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
    }
}
