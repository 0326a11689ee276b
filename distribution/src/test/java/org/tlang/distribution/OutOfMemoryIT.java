package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs that use up the heap, each in a runtime of its own with a small heap (as the launcher
 * starts it, with {@code TLANG_JAVA_OPTS=-Xmx256m}): they end as the T panic {@code out of memory}
 * with a T trace and status 101, never a Java trace; in a server only the request that ran out
 * fails (500) and the service answers the next one.
 */
class OutOfMemoryIT {

    @TempDir
    Path temp;

    /** The launcher with a 256 MB heap, as {@code TLANG_JAVA_OPTS=-Xmx256m tlang ARGS} starts it. */
    static List<String> command(String... args) {
        List<String> command = CommandLineIT.launcher("-Xmx256m");
        command.addAll(List.of(args));
        return command;
    }

    static CommandLineIT.Result tlang(String... args) throws Exception {
        return CommandLineIT.exec(command(args));
    }

    private Path program(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static void assertOutOfMemory(CommandLineIT.Result r, String at) {
        assertEquals(101, r.status(), r.err());
        assertTrue(r.err().startsWith("panic: out of memory\n"), r.err());
        assertTrue(r.err().contains(at), r.err());
        assertFalse(r.err().contains("java."), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"interp", "jit", "tiered"})
    void aVecThatGrowsForeverPanicsOnEveryTier(String tier) throws Exception {
        Path file = program("grow.t", """
                fn fill(v: Vec<Int>) {
                    let mut i = 0;
                    loop {
                        v.push(i);
                        i = i + 1;
                    }
                }

                fn main() {
                    fill(Vec::new());
                }
                """);
        long t0 = System.nanoTime();
        CommandLineIT.Result r = tlang("run", "--tier", tier, file.toString());
        System.out.printf("OutOfMemoryIT: growing Vec on %s ended in %d ms%n", tier, (System.nanoTime() - t0) / 1_000_000);
        assertOutOfMemory(r, "at grow.fill (" + file + ":4:");
        assertTrue(r.err().contains("at grow.main (" + file + ":10:"), r.err());
    }

    @Test
    void aStrThatDoublesForeverPanics() throws Exception {
        Path file = program("double.t", """
                fn main() {
                    let mut s = "ab";
                    loop {
                        s = s + s;
                    }
                }
                """);
        assertOutOfMemory(tlang("run", file.toString()), "at double.main (" + file + ":4:");
    }

    @Test
    void aSpawnLoopThatKeepsEveryTaskPanics() throws Exception {
        Path file = program("spawner.t", """
                fn main() {
                    let mut tasks = Vec::new();
                    loop {
                        tasks.push(spawn(|| { 1 }));
                    }
                }
                """);
        assertOutOfMemory(tlang("run", file.toString()), "at spawner.main (" + file + ":");
    }

    @Test
    void aRequestThatRunsOutOfMemoryFailsAloneAndTheServiceLivesOn() throws Exception {
        Path file = program("hog.t", """
                import std.http;
                import std.http.{Request, Response, Router};

                fn hog(req: Request) -> Response {
                    let mut v: Vec<Str> = Vec::new();
                    loop { v.push("some text that takes room {v.len()}"); }
                }

                fn health(req: Request) -> Response { Response::text(200, "ok\\n") }

                fn main() {
                    let server = http.serve("127.0.0.1", 0, Router::new().get("/hog", hog).get("/health", health)).unwrap();
                    println("listening on {server.url()}");
                    server.wait();
                }
                """);
        Process p = new ProcessBuilder(command("run", file.toString()))
                .directory(CommandLineIT.ROOT.toFile()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String banner = out.readLine();
            Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(String.valueOf(banner));
            assertTrue(m.find(), String.valueOf(banner));
            List<String> log = new ArrayList<>();
            Thread.ofVirtual().start(() -> out.lines().forEach(line -> {
                synchronized (log) {
                    log.add(line);
                }
            }));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (int round = 0; round < 2; round++) {
                HttpResponse<String> hog = client.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/hog"))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(500, hog.statusCode(), hog.body());
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/health"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                assertTrue(p.isAlive());
            }
            String text;
            synchronized (log) {
                text = String.join("\n", log);
            }
            assertTrue(text.contains("panic: out of memory"), text);
            assertFalse(text.contains("java."), text);
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
