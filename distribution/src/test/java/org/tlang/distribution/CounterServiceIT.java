package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.tlang.api.RunRequest;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * examples/counter-service in the real runtime: a T HTTP service on Jetty whose module state is
 * changed by concurrent requests, driven by java.net.http on virtual threads. No increment may be
 * lost: the counts each counter answers are exactly 1..N, and /counts agrees.
 */
class CounterServiceIT {
    static final Path HOME = Path.of(System.getProperty("tlang.home"));
    static final Path ROOT = Path.of(System.getProperty("tlang.root"));
    static final Pattern COUNT = Pattern.compile("\\{\"name\":\"([a-z0-9]+)\",\"count\":(\\d+),\"version\":\"1\"\\}");

    static Tlang tlang;

    @BeforeAll
    static void boot() throws Exception {
        tlang = Tlang.init(BundleSet.directory(HOME), Files.readString(HOME.resolve("profiles/default.toml")), "default.toml");
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    @Test
    void concurrentRequestsNeverLoseAnIncrement() throws Exception {
        Output out = new Output();
        Output err = new Output();
        Path main = ROOT.resolve("examples/counter-service/src/main.t");
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> RuntimeIT.status(tlang.runtime().run(new RunRequest(main, List.of("0"), out.stream, err.stream, false).allowing(List.of("net=127.0.0.1:*"))), err),
                r -> Thread.ofPlatform().name("counter-service").start(r));
        String banner = out.await(t -> t.contains("listening on http://127.0.0.1:") || run.isDone(), Duration.ofSeconds(30), "the service to listen");
        assertTrue(!run.isDone(), () -> "the service ended with status " + run.join() + ": " + err.text());
        Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(banner);
        assertTrue(m.find(), banner);
        String base = m.group(1);

        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        int names = 16;
        int perName = 40;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> posts = new ArrayList<>();
            List<Future<HttpResponse<String>>> reads = new ArrayList<>();
            for (int i = 0; i < perName; i++) {
                // readers of the whole map run while it changes
                reads.add(pool.submit(() -> client.send(HttpRequest.newBuilder(URI.create(base + "/counts")).build(),
                        HttpResponse.BodyHandlers.ofString())));
                for (int n = 0; n < names; n++) {
                    URI uri = URI.create(base + "/count/c" + n);
                    posts.add(pool.submit(() -> client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.ofString())));
                }
            }
            Map<String, Set<Integer>> seen = new HashMap<>();
            for (Future<HttpResponse<String>> f : posts) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("1", r.headers().firstValue("x-counter-version").orElse(null));
                assertEquals("application/json", r.headers().firstValue("content-type").orElse(null));
                Matcher c = COUNT.matcher(r.body());
                assertTrue(c.matches(), r.body());
                assertTrue(seen.computeIfAbsent(c.group(1), k -> new TreeSet<>()).add(Integer.parseInt(c.group(2))),
                        "two increments of " + c.group(1) + " answered the same count " + c.group(2));
            }
            for (Future<HttpResponse<String>> f : reads) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.body());
                assertTrue(r.body().matches("\\{(\"c\\d+\":\\d+(,\"c\\d+\":\\d+)*)?\\}"), r.body());
            }
            assertEquals(names, seen.size());
            for (Set<Integer> counts : seen.values()) {
                assertEquals(perName, counts.size());
                assertEquals(1, ((TreeSet<Integer>) counts).first());
                assertEquals(perName, ((TreeSet<Integer>) counts).last());
            }
        }

        HttpResponse<String> one = client.send(HttpRequest.newBuilder(URI.create(base + "/count/c3")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("{\"name\":\"c3\",\"count\":" + perName + ",\"version\":\"1\"}", one.body());
        HttpResponse<String> never = client.send(HttpRequest.newBuilder(URI.create(base + "/count/zzz")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("{\"name\":\"zzz\",\"count\":0,\"version\":\"1\"}", never.body());
        HttpResponse<String> all = client.send(HttpRequest.newBuilder(URI.create(base + "/counts")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, all.statusCode());
        StringBuilder expected = new StringBuilder("{");
        for (int n = 0; n < names; n++) expected.append(n == 0 ? "" : ",").append("\"c").append(n).append("\":").append(perName);
        // first-increment order depends on scheduling: compare as sets of members
        assertEquals(new TreeSet<>(List.of(expected.substring(1).split(","))),
                new TreeSet<>(List.of(all.body().substring(1, all.body().length() - 1).split(","))));
        assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(base + "/nothing")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
        assertEquals(405, client.send(HttpRequest.newBuilder(URI.create(base + "/counts")).DELETE().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());

        // stopping std.http stops its servers: server.wait() returns and main ends normally
        Bundle http = bundle("org.tlang.std.http");
        http.stop();
        try {
            assertEquals(0, run.get(20, TimeUnit.SECONDS), err.text());
        } finally {
            http.start();
        }
        assertEquals("", err.text());
    }

    @Test
    void checkSeesTheStdModules() {
        var result = tlang.runtime().check(ROOT.resolve("examples/counter-service/src/main.t"));
        assertEquals(0, result.errors(), result.rendered());
    }

    private static Bundle bundle(String symbolicName) {
        return bundle(tlang, symbolicName);
    }

    static Bundle bundle(Tlang tlang, String symbolicName) {
        for (Bundle b : tlang.framework().getBundleContext().getBundles()) if (b.getSymbolicName().equals(symbolicName)) return b;
        throw new AssertionError("no bundle " + symbolicName);
    }
}
