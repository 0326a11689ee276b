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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.RunRequest;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * A T service in the real runtime (tiered, virtual threads) whose handler loops forever: more such
 * requests than carrier threads leave `/health` answering, and each ends at the profile's
 * `[http] request-timeout-ms` with 503 while the service lives on.
 */
class SpinningHandlerIT {
    static final Path HOME = Path.of(System.getProperty("tlang.home"));
    static Tlang tlang;

    @TempDir
    Path dir;

    @BeforeAll
    static void boot() throws Exception {
        String profile = Files.readString(HOME.resolve("profiles/default.toml")) + "\n[http]\nrequest-timeout-ms = 3000\n";
        tlang = Tlang.init(BundleSet.directory(HOME), profile, "spin.toml");
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    @Test
    void spinningHandlersNeitherStarveHealthNorOutliveTheirDeadline() throws Exception {
        Path main = dir.resolve("main.t");
        Files.writeString(main, """
                import std.http;
                import std.http.{Request, Response, Router};

                fn spin(req: Request) -> Response {
                    let mut i = 0;
                    loop { i = (i + 1) % 1000; }
                }

                fn health(req: Request) -> Response { Response::text(200, "ok\\n") }

                fn main() {
                    let server = http.serve("127.0.0.1", 0, Router::new().get("/spin", spin).get("/health", health)).unwrap();
                    println("listening on {server.url()}");
                    server.wait();
                }
                """);
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> RuntimeIT.status(tlang.runtime().run(new RunRequest(main, List.of(), out.stream, err.stream, false)), err),
                r -> Thread.ofPlatform().daemon(true).name("spin-service").start(r));
        String banner = out.await(t -> t.contains("listening on ") || run.isDone(), Duration.ofSeconds(30), "the service to listen");
        Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(banner);
        assertTrue(m.find(), banner + err.text());
        String base = m.group(1);

        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            int spinners = Math.max(3, Runtime.getRuntime().availableProcessors() + 1);
            List<Future<HttpResponse<String>>> spins = new ArrayList<>();
            for (int i = 0; i < spinners; i++) {
                spins.add(pool.submit(() -> client.send(HttpRequest.newBuilder(URI.create(base + "/spin")).build(), HttpResponse.BodyHandlers.ofString())));
            }
            Thread.sleep(300); // the spinners are running (and compiled on the way: tiered)
            long t0 = System.nanoTime();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long healthMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, health.statusCode());
            assertEquals("ok\n", health.body());
            System.out.println("SpinningHandlerIT: /health answered in " + healthMs + " ms beside " + spinners + " spinning handlers");
            for (Future<HttpResponse<String>> f : spins) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                assertEquals(503, r.statusCode());
                assertEquals("request timed out after 3000 ms\n", r.body());
            }
            assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            for (var b : tlang.framework().getBundleContext().getBundles()) {
                if (b.getSymbolicName().equals("org.tlang.std.http")) {
                    b.stop();
                    b.start();
                }
            }
        }
        assertEquals(0, run.get(30, TimeUnit.SECONDS), err.text());
    }
}
