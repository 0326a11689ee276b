package org.tlang.std.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.io.IoModule;
import org.tlang.std.testing.TProgram;
import org.tlang.testing.TestHost;

/** serve_tls with a self-signed certificate made by keytool, and WebSockets (plain and over TLS). */
class TlsAndWebSocketTest {
    @TempDir
    Path dir;

    final HttpModule module = new HttpModule();

    @AfterEach
    void stop() {
        module.deactivate();
    }

    /** A self-signed certificate for 127.0.0.1 and localhost: {cert PEM, PKCS#8 key PEM}. */
    String[] selfSigned() throws Exception {
        Path store = dir.resolve("server.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "s",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "secret", "-keypass", "secret")
                .redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(store)) {
            ks.load(in, "secret".toCharArray());
        }
        Base64.Encoder b64 = Base64.getMimeEncoder(64, "\n".getBytes());
        String cert = "-----BEGIN CERTIFICATE-----\n" + b64.encodeToString(ks.getCertificate("s").getEncoded()) + "\n-----END CERTIFICATE-----\n";
        String key = "-----BEGIN PRIVATE KEY-----\n" + b64.encodeToString(ks.getKey("s", "secret".toCharArray()).getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        return new String[] {cert, key};
    }

    TProgram.Result run(String source, String... args) throws Exception {
        return TProgram.run(dir, source, List.of(new IoModule(), module), new TestHost(), args);
    }

    static final String TLS = """
            import std.http;
            import std.http.{Request, Response, Router, WebSocket};

            fn version(req: Request) -> Response { Response::text(200, req.version) }

            fn echo(ws: WebSocket) {
                loop {
                    match ws.recv().unwrap() {
                        Some(m) => ws.send("echo {m}").unwrap(),
                        None => break,
                    }
                }
            }

            fn main(args: Vec<Str>) {
                let server = http.serve_tls("127.0.0.1", 0, args[0], args[1], Router::new().get("/v", version).ws("/echo", echo)).unwrap();
                for host in ["127.0.0.1", "localhost"] {
                    match http.get("https://{host}:{server.port}/v") {
                        Ok(res) => println("{res.status} {res.text()}"),
                        Err(e) => println("{e}"),
                    }
                }
                match http.ws_connect("wss://127.0.0.1:{server.port}/echo") {
                    Ok(ws) => { ws.send("over tls").unwrap(); println(ws.recv().unwrap().unwrap()); ws.close().unwrap(); }
                    Err(e) => println("{e}"),
                }
                println(http.serve_tls("127.0.0.1", 0, "not a cert", args[1], Router::new()).is_err());
                println(http.serve_tls("127.0.0.1", 0, args[0], "", Router::new()));
                server.stop();
            }
            """;

    @Test
    void aTlsServerAnswersH2ToAClientTrustingItsCertificate() throws Exception {
        String[] pem = selfSigned();
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, pem[0]);
        module.configure(Map.of("ca-file", ca.toString()));
        TProgram.Result r = run(TLS, pem[0], pem[1]);
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                200 HTTP/2.0
                200 HTTP/2.0
                echo over tls
                true
                Err("serve_tls: a certificate and a key are needed")
                """, r.out());
    }

    @Test
    void aCertificateThatDoesNotVerifyIsAnErrNamingTheHost() throws Exception {
        String[] pem = selfSigned(); // not trusted: the JDK's trust store does not know it
        TProgram.Result r = run(TLS, pem[0], pem[1]);
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(List.of("Other(\"127.0.0.1: TLS failed", "Other(\"localhost: TLS failed", "Other(\"127.0.0.1: TLS failed"),
                List.of(lines[0], lines[1], lines[2]).stream().map(l -> l.replaceAll(": TLS failed.*", ": TLS failed")).toList(), r.out());
    }

    @Test
    void aWebSocketRecvTimeoutGivesUpWithTimedOutAndTheSocketGoesOn() throws Exception {
        TProgram.Result r = run("""
                import std.http;
                import std.http.{Router, WebSocket};
                import std.io.{IoError};

                fn late(ws: WebSocket) { sleep(300); ws.send("late").unwrap(); }

                fn main() {
                    let server = http.serve("127.0.0.1", 0, Router::new().ws("/late", late)).unwrap();
                    let ws = http.ws_connect("ws://127.0.0.1:{server.port}/late").unwrap();
                    match ws.recv_timeout(20) {
                        Err(IoError::TimedOut(_)) => println("timed out"),
                        other => println("unexpected {other}"),
                    }
                    println(ws.recv_timeout(5000));
                    println(ws.recv());
                    server.stop();
                }
                """);
        assertEquals(new TProgram.Result(0, "timed out\nOk(Some(\"late\"))\nOk(None)\n", ""), r);
    }

    @Test
    void aWebSocketEchoServerAndItsClients() throws Exception {
        TProgram.Result r = run("""
                import std.http;
                import std.http.{Request, Response, Router, WebSocket};
                import std.io.{IoError};

                fn echo(ws: WebSocket) {
                    loop {
                        match ws.recv().unwrap() {
                            Some(m) => ws.send("echo {m}").unwrap(),
                            None => break,
                        }
                    }
                    println("server saw the close");
                }

                fn bye(ws: WebSocket) { ws.send("bye").unwrap(); }

                fn main(args: Vec<Str>) {
                    let server = http.serve("127.0.0.1", 0, Router::new().ws("/echo", echo).ws("/bye/:who", bye)).unwrap();
                    let url = "ws://127.0.0.1:{server.port}";
                    let mut tasks = Vec::new();
                    for i in 0..3 {
                        tasks.push(spawn(|| {
                            let ws = http.ws_connect("{url}/echo").unwrap();
                            ws.send("hello {i}").unwrap();
                            ws.send_bytes("bytes {i}".bytes()).unwrap();
                            let a = ws.recv().unwrap().unwrap();
                            let b = ws.recv().unwrap().unwrap();
                            ws.close().unwrap();
                            "{a}, {b}"
                        }));
                    }
                    for t in tasks { println(t.join()); }
                    let ws = http.ws_connect("{url}/bye/x").unwrap();
                    println(ws.recv());
                    println(ws.recv());
                    println(ws.recv());
                    println(ws.send("late").is_err());
                    println(ws.close());
                    println(ws.close());
                    match ws.send("after close") {
                        Err(IoError::Closed(_)) => println("closed"),
                        other => println("unexpected {other}"),
                    }
                    println(ws.recv().is_err());
                    println(http.ws_connect("http://127.0.0.1/x"));
                    println(http.ws_connect("ws://127.0.0.1:{args[0]}/x").is_err());
                    match http.ws_connect("ws://127.0.0.1:{args[0]}/x") {
                        Err(IoError::ConnectionRefused(_)) => println("refused"),
                        other => println("unexpected {other}"),
                    }
                    println(http.ws_connect("{url}/nothing-here").is_err());
                    sleep(200);
                    server.stop();
                }
                """, String.valueOf(ClientTest.closedPort()));
        assertEquals(0, r.status(), r.err());
        assertEquals("""
                echo hello 0, echo bytes 0
                echo hello 1, echo bytes 1
                echo hello 2, echo bytes 2
                Ok(Some("bye"))
                Ok(None)
                Ok(None)
                true
                Ok(())
                Ok(())
                closed
                true
                Err(InvalidInput("http://127.0.0.1/x: not a valid URL (the scheme must be ws or wss)"))
                true
                refused
                true
                """, r.out().replace("server saw the close\n", ""));
        assertEquals(3, r.out().split("server saw the close", -1).length - 1, r.out());
    }
}
