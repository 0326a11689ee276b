package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlang.distribution.RuntimeIT.HOME;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlang.api.RunRequest;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * {@code [sandbox.plug] isolation = "process"}: one dependency package runs in a child JVM of its
 * own while the program runs here. Its values cross both ways, what it prints comes out in order,
 * its panics carry its frames, it has its own process, environment and statics; a pub fn whose
 * values cannot cross is refused at load; and when its process is killed, the call in flight fails,
 * the program serves on, and the next call starts it again.
 */
class PackageIsolationIT {
    static final Path DIR = Path.of("src/test/resources/t/package-isolation").toAbsolutePath();
    static Tlang tlang;
    static TlangRuntime runtime;

    @BeforeAll
    static void boot() throws Exception {
        String profile = Files.readString(HOME.resolve("profiles/default.toml")) + """

                [sandbox.app]
                env = ["HOME"]
                net = ["127.0.0.1:*"]

                [sandbox.plug]
                env = ["HOME"]
                process = ["kill"]
                isolation = "process"

                [sandbox.badplug]
                isolation = "process"
                """;
        tlang = Tlang.init(BundleSet.directory(HOME), profile, "package-isolation.toml");
        runtime = tlang.runtime();
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    @Test
    void callsCrossIntoThePackagesProcessWithTheirValuesOutputAndPanics() {
        RuntimeIT.Run r = RuntimeIT.run(runtime, DIR.resolve("app"), List.of(), req -> req);
        assertEquals(101, r.status(), r.err());
        assertEquals("""
                5 9 calls 2
                plug moves 1
                moved 11,12 sum 23
                lengths None Some(7)
                a 3 c 1 of 3
                own process true
                app HOME true plug HOME false
                """, r.out(), r.err());
        assertTrue(r.err().contains("""
                panic: too deep: 3
                    at plug.api.deep (src/plug/api.t:43:16)
                    at plug.api.deep (src/plug/api.t:44:5)
                """), "the package's frames, then the program's: " + r.err());
        assertTrue(r.err().contains("at app.main.main (src/app/main.t:23:9)"), r.err());
    }

    @Test
    void aPubFnWhoseValuesCannotCrossIsRefusedAtLoad() {
        RuntimeIT.Run r = RuntimeIT.run(runtime, DIR.resolve("badapp"), List.of(), req -> req);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("pub fn `twice` of module badplug.api cannot be called from outside its package, which runs in a process of its own"), r.err());
        assertTrue(r.err().contains("it takes a function value (fn(Int) -> Int)"), r.err());
        assertTrue(r.err().contains("src/badplug/api.t:1:1"), r.err());
        assertTrue(r.out().isEmpty(), "nothing ran: " + r.out());
    }

    @Test
    void aKilledPackageProcessFailsOnlyTheCallInFlightAndStartsAgain() throws Exception {
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> RuntimeIT.status(runtime.run(new RunRequest(DIR.resolve("app"), List.of("serve"), out.stream, err.stream, false)), err),
                r -> Thread.ofPlatform().name("package-isolation-app").start(r));
        String banner = out.await(t -> t.contains("listening on http://127.0.0.1:") || run.isDone(), Duration.ofSeconds(60), "the app to listen");
        assertTrue(!run.isDone(), () -> "the app ended with status " + run.join() + ": " + err.text());
        Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(banner);
        assertTrue(m.find(), banner);
        String base = m.group(1);
        HttpClient client = HttpClient.newHttpClient();
        try {
            String first = get(client, base + "/add/1", 200);
            String second = get(client, base + "/add/2", 200);
            Matcher a = Pattern.compile("sum 2 calls 1 pid (\\d+)").matcher(first);
            assertTrue(a.matches(), first);
            assertEquals("sum 3 calls 2 pid " + a.group(1), second, "one process, its statics kept between calls");
            assertNotEquals(ProcessHandle.current().pid(), Long.parseLong(a.group(1)));

            get(client, base + "/crash", 500); // the handler's panic (std.http logs it): the process ended during the call

            String after = get(client, base + "/add/3", 200);
            Matcher b = Pattern.compile("sum 4 calls 1 pid (\\d+)").matcher(after);
            assertTrue(b.matches(), "a new process, its statics initialised anew: " + after);
            assertNotEquals(a.group(1), b.group(1));
            assertTrue(err.text().contains("tlang: the process of package plug ended (exit status 137); starting it again"), err.text());
            assertEquals("sum 5 calls 2 pid " + b.group(1), get(client, base + "/add/4", 200));
        } finally {
            client.send(HttpRequest.newBuilder(URI.create(base + "/quit")).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(0, run.get(30, java.util.concurrent.TimeUnit.SECONDS), err.text());
        }
        long left = ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(args -> List.of(args).contains("serve-package")
                && List.of(args).stream().anyMatch(x -> x.endsWith("package-isolation/plug"))).orElse(false)).count();
        assertEquals(0, left, "the package's process stops with the program");
    }

    private static String get(HttpClient client, String url, int status) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), url + ": " + r.body());
        return r.body();
    }
}
