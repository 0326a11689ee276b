package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that go away before their answer is written, against {@code tlang run} of a std.http
 * service: the runtime's stderr (where Jetty's log goes) stays empty, no broken-pipe trace per
 * client, and the service answers the next request.
 */
class EarlyDisconnectIT {
    @TempDir
    Path temp;

    @Test
    void clientsThatCloseEarlyLeaveNoTraceAndTheServiceAnswers() throws Exception {
        Path main = temp.resolve("main.t");
        Files.writeString(main, """
                import std.http;
                import std.http.{Request, Response, Router};

                fn big(req: Request) -> Response {
                    sleep(200);
                    Response::text(200, "x".repeat(4000000))
                }

                fn health(req: Request) -> Response { Response::text(200, "ok\\n") }

                fn main() {
                    let routes = Router::new().get("/big", big).post("/big", big).get("/health", health);
                    let server = http.serve("127.0.0.1", 0, routes).unwrap();
                    println("listening on {server.url()}");
                    server.wait();
                }
                """);
        List<String> command = CommandLineIT.launcher();
        command.addAll(List.of("run", main.toString()));
        try (Launched service = new Launched(command)) {
            String banner = service.out.await(t -> t.contains("listening on ") || !service.process.isAlive(), Duration.ofSeconds(30),
                    "the service to listen");
            Matcher m = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)").matcher(banner);
            assertTrue(m.find(), banner + service.err.text());
            int port = Integer.parseInt(m.group(1));

            String get = "GET /big HTTP/1.1\r\nHost: t\r\n\r\n";
            String partialPost = "POST /big HTTP/1.1\r\nHost: t\r\nContent-Length: 100000\r\n\r\nabc";
            for (int i = 0; i < 3; i++) {
                goAway(port, get, false, 0);         // closes before the handler answers
                goAway(port, get, true, 0);          // the same with a reset instead of a FIN
                goAway(port, get, false, 1000);      // closes in the middle of the 4 MB body
                goAway(port, partialPost, true, 0);  // closes in the middle of the request body
            }
            Thread.sleep(1000); // every handler has answered into a closed connection

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertEquals("ok\n", health.body());
            assertEquals(4_000_000, client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/big")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().length());
            assertTrue(service.process.isAlive());
            assertEquals("", service.err.text(), "an early disconnect logs nothing");
        }
    }

    /** Sends {@code request}, reads {@code read} bytes of the answer, and closes (with a reset if {@code reset}). */
    private static void goAway(int port, String request, boolean reset, int read) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            if (reset) s.setSoLinger(true, 0);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (read > 0) s.getInputStream().readNBytes(read);
        }
    }
}
