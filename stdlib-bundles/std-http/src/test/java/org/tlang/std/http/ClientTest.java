package org.tlang.std.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.io.IoModule;
import org.tlang.std.testing.TProgram;
import org.tlang.testing.TestHost;

/** The std.http client against a std.http server of the same program. */
class ClientTest {
    @TempDir
    Path dir;

    final HttpModule module = new HttpModule();

    @AfterEach
    void stop() {
        module.deactivate();
    }

    TProgram.Result run(TestHost host, String source, String... args) throws Exception {
        return TProgram.run(dir, source, List.of(new IoModule(), module), host, args);
    }

    static int closedPort() throws java.io.IOException {
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static final String SERVER = """
            import std.http;
            import std.http.{Request, Response, Router, ClientResponse};
            import std.io.{IoError};

            fn echo(req: Request) -> Response {
                Response::text(200, "{req.method} {req.path} {req.version} {req.header("x-who").unwrap_or("-")} {req.header("content-type").unwrap_or("-")} [{req.text()}]")
                    .header("X-Answer", "42")
            }

            fn moved(req: Request) -> Response { Response::new(302).header("location", "/echo/moved") }
            fn other(req: Request) -> Response { Response::new(303).header("location", "http://{req.header("host").unwrap()}/echo/other") }
            fn kept(req: Request) -> Response { Response::new(307).header("location", "/echo/kept") }
            fn forever(req: Request) -> Response { Response::new(302).header("location", "/loop") }
            fn slow(req: Request) -> Response { sleep(3000); Response::text(200, "late") }

            fn start() -> Str {
                let router = Router::new().route("GET", "/echo/:what", echo).route("POST", "/echo/:what", echo)
                    .route("PUT", "/echo/:what", echo)
                    .get("/moved", moved).post("/other", other).post("/kept", kept).get("/loop", forever).get("/slow", slow);
                http.serve("127.0.0.1", 0, router).unwrap().url()
            }

            fn show(r: Result<ClientResponse, IoError>) {
                match r {
                    Ok(res) => println("{res.status} {res.text()}"),
                    Err(e) => println("Err({e})"),
                }
            }
            """;

    @Test
    void getPostAndRequestReachTheServer() throws Exception {
        TProgram.Result r = run(new TestHost(), SERVER + """
                fn main() {
                    let base = start();
                    let res = http.get("{base}/echo/a").unwrap();
                    println("{res.status} {res.text()} {res.header("x-ANSWER")} {res.headers.get("x-answer")} {res.header("nope")}");
                    show(http.post("{base}/echo/b", "text/plain", "héllo".bytes()));
                    show(http.request("put", "{base}/echo/c").header("X-Who", "me").body("x".bytes()).timeout(5000).send());
                    show(http.get("{base}/nothing"));
                }
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                200 GET /echo/a HTTP/1.1 - - [] Some("42") Some("42") None
                200 POST /echo/b HTTP/1.1 - text/plain [héllo]
                200 PUT /echo/c HTTP/1.1 me application/octet-stream [x]
                404 not found

                """, r.out());
    }

    @Test
    void http2ToAnH2cServerWithPriorKnowledge() throws Exception {
        org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server();
        var connector = new org.eclipse.jetty.server.ServerConnector(jetty,
                new org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory(new org.eclipse.jetty.server.HttpConfiguration()));
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        jetty.setHandler(new org.eclipse.jetty.server.Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                    org.eclipse.jetty.util.Callback callback) {
                org.eclipse.jetty.io.Content.Sink.write(response, true, request.getConnectionMetaData().getHttpVersion().asString(), callback);
                return true;
            }
        });
        jetty.start();
        try {
            TProgram.Result r = run(new TestHost(), """
                    import std.http;
                    fn main(args: Vec<Str>) { println(http.request("GET", "http://127.0.0.1:{args[0]}/").http2().send().unwrap().text()); }
                    """, String.valueOf(connector.getLocalPort()));
            assertEquals("HTTP/2.0\n", r.out(), r.err());
        } finally {
            jetty.stop();
        }
    }

    @Test
    void redirectsAreFollowedUpToTen() throws Exception {
        TProgram.Result r = run(new TestHost(), SERVER + """
                fn main() {
                    let base = start();
                    show(http.get("{base}/moved"));
                    show(http.post("{base}/other", "text/plain", "gone".bytes()));
                    show(http.post("{base}/kept", "text/plain", "kept".bytes()));
                    show(http.get("{base}/loop"));
                }
                """);
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                200 GET /echo/moved HTTP/1.1 - - []
                200 GET /echo/other HTTP/1.1 - - []
                200 POST /echo/kept HTTP/1.1 - text/plain [kept]
                Err(Other("http://127.0.0.1:PORT/loop: stopped after 10 redirects"))
                """, r.out().replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT"));
    }

    @Test
    void badInputIsAnErrNeverAPanic() throws Exception {
        TProgram.Result r = run(new TestHost(), SERVER + """
                fn main(args: Vec<Str>) {
                    let base = start();
                    show(http.get("not a url"));
                    show(http.get("ftp://example.com/x"));
                    show(http.get("http:///path"));
                    let addr = "127.0.0.1:{args[0]}";
                    match http.get("http://{addr}/") {
                        Err(IoError::ConnectionRefused(m)) => println("refused {m == "{addr}: connection refused"}"),
                        other => println("unexpected {other}"),
                    }
                    match http.request("GET", "{base}/slow").timeout(200).send() {
                        Err(IoError::TimedOut(m)) => println("timed out {m}"),
                        other => println("unexpected {other}"),
                    }
                    match http.get("http://no-such-host.invalid/") {
                        Err(IoError::NotFound(m)) => println(m),
                        other => println("unexpected {other}"),
                    }
                }
                """, String.valueOf(closedPort()));
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                Err(InvalidInput("not a url: not a valid URL (Illegal character in path at index 3)"))
                Err(InvalidInput("ftp://example.com/x: not a valid URL (the scheme must be http or https)"))
                Err(InvalidInput("http:///path: not a valid URL (no host)"))
                refused true
                timed out http://127.0.0.1:PORT/slow: timed out
                no-such-host.invalid: unknown host
                """, r.out().replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT"));
    }

    @Test
    void theNetCapabilityIsCheckedOnHostAndPort() throws Exception {
        TestHost host = new TestHost();
        host.deny("net");
        TProgram.Result r = run(host, """
                import std.http;
                fn main() { println(http.get("http://127.0.0.1:9/x")); }
                """);
        assertEquals("Err(PermissionDenied(\"net 127.0.0.1:9: not granted\"))\n", r.out(), r.err());
    }
}
