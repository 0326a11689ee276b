package org.tlang.std.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.io.IoModule;
import org.tlang.std.testing.TProgram;

class HttpModuleTest {
    @TempDir
    Path dir;

    static final String SERVICE = """
            import std.http;
            import std.http.{Request, Response, Router};

            static mut hits: Int = 0;

            fn hello(req: Request) -> Response {
                let who = req.query_param("who").unwrap_or("world");
                Response::text(200, "hello {who}\\n").header("X-Greeting", "yes")
            }

            fn echo(req: Request) -> Response {
                let ct = req.header("Content-Type").unwrap_or("?");
                Response::json(201, "{{\\"id\\": \\"{req.param("id").unwrap()}\\", \\"len\\": {req.body.len()}, \\"type\\": \\"{ct}\\", \\"text\\": \\"{req.text()}\\", \\"method\\": \\"{req.method}\\"}}")
            }

            fn boom(req: Request) -> Response {
                panic("handler failed on {req.path}")
            }

            // 2^32 + 200: a status cut to 32 bits would read as 200
            fn wrapped(req: Request) -> Response { Response::new(4294967496) }

            fn deep(n: Int) -> Int { if n == 0 { 0 } else { 1 + deep(n - 1) } }

            fn recurse(req: Request) -> Response { Response::text(200, "{deep(100000000)}") }

            fn main(args: Vec<Str>) {
                let router = Router::new()
                    .get("/deep", recurse)
                    .get("/hello", hello)
                    .route("put", "/items/:id/echo", echo)
                    .get("/boom", boom)
                    .get("/wrapped", wrapped);
                let server = http.serve("127.0.0.1", 0, router).unwrap();
                println("port {server.port}");
                server.wait();
                println("stopped");
            }
            """;

    @Test
    void routesRequestsToTHandlers() throws Exception {
        HttpModule module = new HttpModule();
        TProgram.Running program = TProgram.start(dir, SERVICE, List.of(new IoModule(), module));
        int port = Integer.parseInt(program.awaitLine("port ", Duration.ofSeconds(10)));
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/hello?who=T%20lang")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("hello T lang\n", r.body());
            assertEquals("yes", r.headers().firstValue("x-greeting").orElseThrow());
            assertEquals("text/plain; charset=utf-8", r.headers().firstValue("content-type").orElseThrow());

            r = client.send(HttpRequest.newBuilder(URI.create(base + "/items/42/echo")).header("Content-Type", "text/plain")
                    .PUT(HttpRequest.BodyPublishers.ofString("héllo")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode());
            assertEquals("{\"id\": \"42\", \"len\": 6, \"type\": \"text/plain\", \"text\": \"héllo\", \"method\": \"PUT\"}", r.body());

            assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(base + "/nope")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
            assertEquals(405, client.send(HttpRequest.newBuilder(URI.create(base + "/hello")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            r = client.send(HttpRequest.newBuilder(URI.create(base + "/boom")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode());
            assertEquals("internal server error\n", r.body());

            r = client.send(HttpRequest.newBuilder(URI.create(base + "/wrapped")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode(), "a status beyond an int is refused, not cut to 200");

            r = client.send(HttpRequest.newBuilder(URI.create(base + "/deep")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, r.statusCode());
            // Expect: 100-continue, so the client waits for the answer before it sends the body: without it, the
            // server's 413 and close could come while the client still writes, and the client saw only a broken pipe
            r = client.send(HttpRequest.newBuilder(URI.create(base + "/items/1/echo")).expectContinue(true)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[JettyServer.MAX_BODY + 1])).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode());

            // many at once, each on its own virtual thread
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<HttpResponse<String>>> all = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int n = i;
                    all.add(pool.submit(() -> client.send(HttpRequest.newBuilder(URI.create(base + "/hello?who=" + n)).build(),
                            HttpResponse.BodyHandlers.ofString())));
                }
                for (int i = 0; i < all.size(); i++) assertEquals("hello " + i + "\n", all.get(i).get().body());
            }
        } finally {
            module.deactivate();
        }
        assertEquals(0, program.join(Duration.ofSeconds(10)), program.err());
        assertTrue(program.out().endsWith("stopped\n"), program.out());
    }

    @Test
    void aBusyPortIsAnErr() throws Exception {
        HttpModule module = new HttpModule();
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            TProgram.Result r = TProgram.run(dir, """
                    import std.http;
                    import std.http.{Router};
                    fn main(args: Vec<Str>) {
                        match http.serve("127.0.0.1", args[0].parse_int().unwrap(), Router::new()) {
                            Ok(s) => println("listening"),
                            Err(e) => println(e.starts_with("cannot listen on 127.0.0.1:")),
                        }
                    }
                    """, List.of(new IoModule(), module), String.valueOf(socket.getLocalPort()));
            assertEquals("true\n", r.out(), r.err());
        } finally {
            module.deactivate();
        }
    }

    static final String SPINNER = """
            import std.http;
            import std.http.{Request, Response, Router};

            fn spin(req: Request) -> Response {
                let mut i = 0;
                loop { i = (i + 1) % 1000; }
            }

            fn health(req: Request) -> Response { Response::text(200, "ok\\n") }

            fn main(args: Vec<Str>) {
                let server = http.serve("127.0.0.1", 0, Router::new().get("/spin", spin).get("/health", health)).unwrap();
                println("port {server.port}");
                server.wait();
            }
            """;

    /** What std.http prints about failed requests (on the JVM's stderr) while a test runs. */
    static final class Stderr implements AutoCloseable {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        final java.io.PrintStream old = System.err;

        Stderr() {
            System.setErr(new java.io.PrintStream(bytes, true));
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString();
            }
        }

        /** Waits up to 30 s (typically milliseconds) until {@code line} was printed {@code times} times. */
        int await(String line, int times) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (text().split(java.util.regex.Pattern.quote(line), -1).length - 1 < times && System.nanoTime() < deadline) Thread.sleep(20);
            return text().split(java.util.regex.Pattern.quote(line), -1).length - 1;
        }

        @Override
        public void close() {
            System.setErr(old);
        }
    }

    @Test
    void handlersRunAsTasksOnTheProgramsScheduler() throws Exception {
        org.tlang.testing.TestHost host = new org.tlang.testing.TestHost();
        TProgram.Running program = TProgram.start(dir, """
                import std.http;
                import std.http.{Request, Response, Router};

                fn slow(req: Request) -> Response {
                    sleep(1500);
                    Response::text(200, "done\\n")
                }

                fn main() {
                    let server = http.serve("127.0.0.1", 0, Router::new().get("/slow", slow)).unwrap();
                    println("port {server.port}");
                    server.wait();
                }
                """, List.of(new IoModule(), new HttpModule()), host);
        int port = Integer.parseInt(program.awaitLine("port ", Duration.ofSeconds(10)));
        assertEquals(0, host.scheduler().inFlight(), "main is not a task of the scheduler");
        var response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (host.scheduler().inFlight() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
        assertEquals(1, host.scheduler().inFlight(), "the handler runs as a task of the program's scheduler");
        assertEquals("done\n", response.get(10, java.util.concurrent.TimeUnit.SECONDS).body());
    }

    @Test
    void spinningHandlersTimeOutAndTheServiceLivesOn() throws Exception {
        Stderr err = new Stderr();
        HttpModule module = new HttpModule();
        module.configure(java.util.Map.of("request-timeout-ms", 1500L));
        TProgram.Running program = TProgram.start(dir, SPINNER, List.of(new IoModule(), module));
        int port = Integer.parseInt(program.awaitLine("port ", Duration.ofSeconds(10)));
        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        String base = "http://127.0.0.1:" + port;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            // more spinning handlers than carrier threads
            int spinners = Math.max(3, Runtime.getRuntime().availableProcessors() + 1);
            List<Future<HttpResponse<String>>> spins = new ArrayList<>();
            for (int i = 0; i < spinners; i++) {
                spins.add(pool.submit(() -> client.send(HttpRequest.newBuilder(URI.create(base + "/spin")).build(), HttpResponse.BodyHandlers.ofString())));
            }
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/health")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            for (Future<HttpResponse<String>> f : spins) {
                HttpResponse<String> r = f.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(503, r.statusCode());
                assertEquals("request timed out after 1500 ms\n", r.body());
            }
            assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            String stopped = "std.http: GET /spin: request timed out after 1500 ms; its handler was stopped\n";
            assertEquals(spinners, err.await(stopped, spinners), err.text());
        } finally {
            module.deactivate();
            err.close();
        }
    }
}
