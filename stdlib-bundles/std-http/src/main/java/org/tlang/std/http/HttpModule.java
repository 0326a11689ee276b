package org.tlang.std.http;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StructShape;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeModule;
import org.tlang.std.io.streams.IoErrors;

/**
 * {@code std.http}: an HTTP/1.1 server (and HTTP/2 over TLS) on Jetty 12 whose handlers are T
 * functions, each request on its own virtual thread; WebSocket routes; an HTTP and WebSocket client. Routing, requests and responses are T code (see {@link #SOURCE}); the
 * Java side starts and stops Jetty servers and turns Jetty requests into {@code Request} values.
 * Servers belong to this component: stopping the bundle stops them.
 *
 * <p>Settings (the profile's {@code [http]} table, configuration {@code org.tlang.std.http}):
 * {@code request-timeout-ms}, how long a handler may run before its request is answered 503 and
 * its loops stop with the panic {@code request timed out} (default {@value #DEFAULT_TIMEOUT_MS});
 * {@code ca-file}, a PEM file of the CAs the client trusts instead of the JDK's trust store.
 */
@Component(service = NativeModule.class, configurationPid = "org.tlang.std.http", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class HttpModule extends JavaModule {
    static final String MODULE = "std.http";
    static final long DEFAULT_TIMEOUT_MS = 30_000;

    /** The T declarations of std.http; the fields of Request and Server (order and layout) must match the shapes below. */
    static final String SOURCE = """
            import std.io.{IoError};

            /// An HTTP request as a handler sees it.
            pub struct Request {
                method: Str,             // "GET", "POST", ...
                path: Str,               // the decoded path, e.g. "/count/a b"
                query: Map<Str, Str>,    // decoded query parameters (the last value of a repeated name)
                query_string: Str,       // the raw query after `?`, "" if none
                headers: Map<Str, Str>,  // names in lower case; a repeated header's values joined with ", "
                body: Bytes,
                params: Map<Str, Str>,   // path parameters of the matched route (`{name}`)
                version: Str,            // "HTTP/1.1"
            }

            impl Request {
                /// A header by name, in any case.
                pub fn header(self, name: Str) -> Option<Str> { self.headers.get(name.to_lower()) }
                /// A path parameter of the route, e.g. `name` for `/count/:name`.
                pub fn param(self, name: Str) -> Option<Str> { self.params.get(name) }
                pub fn query_param(self, name: Str) -> Option<Str> { self.query.get(name) }
                /// The body decoded as UTF-8.
                pub fn text(self) -> Str { self.body.to_str() }
            }

            /// What a handler answers. Header names are kept in lower case.
            pub struct Response { status: Int, headers: Map<Str, Str>, body: Bytes }

            impl Response {
                pub fn new(status: Int) -> Response { Response { status: status, headers: Map::new(), body: "".bytes() } }
                pub fn text(status: Int, body: Str) -> Response {
                    Response::new(status).header("content-type", "text/plain; charset=utf-8").with_body(body.bytes())
                }
                /// `body` is JSON text, e.g. from `json.encode(value)`.
                pub fn json(status: Int, body: Str) -> Response {
                    Response::new(status).header("content-type", "application/json").with_body(body.bytes())
                }
                pub fn bytes(status: Int, content_type: Str, body: Bytes) -> Response {
                    Response::new(status).header("content-type", content_type).with_body(body)
                }
                pub fn header(self, name: Str, value: Str) -> Response { self.headers.insert(name.to_lower(), value); self }
                pub fn with_body(self, body: Bytes) -> Response { self.body = body; self }
            }

            pub struct Route { method: Str, segments: Vec<Str>, handler: fn(Request) -> Response }

            /// Routes by method and path. A path segment `:name` (or `{name}`, written "{{name}}" in a
            /// T string) matches any one segment and is available as `req.param("name")`. The first route that matches wins; a path that
            /// matches with another method gets 405 with an `allow` header listing the methods it takes, no match at all 404.
            /// GET routes answer HEAD too.
            pub struct SocketRoute { segments: Vec<Str>, handler: fn(WebSocket) }

            pub struct Router { routes: Vec<Route>, sockets: Vec<SocketRoute> }

            impl Router {
                pub fn new() -> Router { Router { routes: Vec::new(), sockets: Vec::new() } }
                /// WebSocket upgrades of paths matching `pattern` go to `handler`, each connection in a task of its own;
                /// the connection closes when the handler returns.
                pub fn ws(self, pattern: Str, handler: fn(WebSocket)) -> Router {
                    self.sockets.push(SocketRoute { segments: segments(pattern), handler: handler });
                    self
                }
                /// The WebSocket handler of `path`, if a `ws` route matches it.
                pub fn socket(self, path: Str) -> Option<fn(WebSocket)> {
                    let parts = segments(path);
                    for s in self.sockets {
                        if match_segments(s.segments, parts).is_some() { return Some(s.handler); }
                    }
                    None
                }
                pub fn route(self, method: Str, pattern: Str, handler: fn(Request) -> Response) -> Router {
                    self.routes.push(Route { method: method.to_upper(), segments: segments(pattern), handler: handler });
                    self
                }
                pub fn get(self, pattern: Str, handler: fn(Request) -> Response) -> Router { self.route("GET", pattern, handler) }
                pub fn post(self, pattern: Str, handler: fn(Request) -> Response) -> Router { self.route("POST", pattern, handler) }
                pub fn put(self, pattern: Str, handler: fn(Request) -> Response) -> Router { self.route("PUT", pattern, handler) }
                pub fn delete(self, pattern: Str, handler: fn(Request) -> Response) -> Router { self.route("DELETE", pattern, handler) }
                pub fn patch(self, pattern: Str, handler: fn(Request) -> Response) -> Router { self.route("PATCH", pattern, handler) }

                pub fn handle(self, req: Request) -> Response {
                    let parts = segments(req.path);
                    let allowed: Vec<Str> = Vec::new();
                    for r in self.routes {
                        match match_segments(r.segments, parts) {
                            Some(params) => {
                                if r.method == req.method || (r.method == "GET" && req.method == "HEAD") {
                                    req.params = params;
                                    let handler = r.handler;
                                    return handler(req);
                                }
                                if !allowed.contains(r.method) { allowed.push(r.method); }
                                if r.method == "GET" && !allowed.contains("HEAD") { allowed.push("HEAD"); }
                            }
                            None => {}
                        }
                    }
                    if allowed.is_empty() {
                        Response::text(404, "not found\\n")
                    } else {
                        Response::text(405, "method not allowed\\n").header("allow", allowed.join(", "))
                    }
                }
            }

            fn segments(path: Str) -> Vec<Str> { path.split("/").filter(|s| !s.is_empty()) }

            fn match_segments(pattern: Vec<Str>, parts: Vec<Str>) -> Option<Map<Str, Str>> {
                if pattern.len() != parts.len() { return None; }
                let params: Map<Str, Str> = Map::new();
                for i in 0..pattern.len() {
                    let p = pattern[i];
                    if p.starts_with(":") {
                        params.insert(p.substring(1, p.len()), parts[i]);
                    } else if p.starts_with("{{") && p.ends_with("}}") {
                        params.insert(p.substring(1, p.len() - 1), parts[i]);
                    } else if p != parts[i] {
                        return None;
                    }
                }
                Some(params)
            }

            /// A running server.
            pub struct Server { id: Int, host: Str, port: Int }

            impl Server {
                /// Blocks until the server is stopped (by `stop`, or when the runtime shuts down).
                pub fn wait(self) { await_stop(self.id) }
                /// Stops accepting requests; requests in flight finish first.
                pub fn stop(self) { shutdown(self.id) }
                pub fn url(self) -> Str { "http://{self.host}:{self.port}" }
            }

            /// Starts serving `router` on host:port (port 0: any free port, see `server.port`).
            pub fn serve(host: Str, port: Int, router: Router) -> Result<Server, Str> {
                open_server(host, port, "", "", |req| router.handle(req), |path| router.socket(path))
            }

            /// As `serve`, over TLS: `cert_pem` is the PEM text of the certificate chain (the server's first),
            /// `key_pem` its PKCS#8 key ("-----BEGIN PRIVATE KEY-----"). Clients get h2 by ALPN, or HTTP/1.1.
            pub fn serve_tls(host: Str, port: Int, cert_pem: Str, key_pem: Str, router: Router) -> Result<Server, Str> {
                if cert_pem.is_empty() || key_pem.is_empty() { return Err("serve_tls: a certificate and a key are needed"); }
                open_server(host, port, cert_pem, key_pem, |req| router.handle(req), |path| router.socket(path))
            }

            /// A WebSocket, either end: a `Router.ws` handler gets the server's, `ws_connect` opens the client's.
            pub struct WebSocket { id: Int }

            impl WebSocket {
                /// Sends a text message.
                pub fn send(self, text: Str) -> Result<(), IoError> { ws_send(self.id, text.bytes(), true) }
                /// Sends a binary message.
                pub fn send_bytes(self, b: Bytes) -> Result<(), IoError> { ws_send(self.id, b, false) }
                /// The next message (a binary one decoded as UTF-8), waiting for it; None once the peer closed.
                pub fn recv(self) -> Result<Option<Str>, IoError> { ws_recv(self.id, -1) }
                /// As `recv`, giving up with Err(TimedOut(..)) after `ms` milliseconds without a message.
                pub fn recv_timeout(self, ms: Int) -> Result<Option<Str>, IoError> { ws_recv(self.id, ms) }
                /// Closes the socket; closing again is Ok(()), any other use after it Err(Closed(..)).
                pub fn close(self) -> Result<(), IoError> { ws_close(self.id) }
            }

            /// Opens a WebSocket to a `ws://` or `wss://` URL.
            pub fn ws_connect(url: Str) -> Result<WebSocket, IoError> {
                let id = ws_open(url)?;
                Ok(WebSocket { id: id })
            }

            /// What a server answered. Header names are in lower case; a repeated header's values are joined with ", ".
            pub struct ClientResponse { status: Int, headers: Map<Str, Str>, body: Bytes }

            impl ClientResponse {
                /// The body decoded as UTF-8.
                pub fn text(self) -> Str { self.body.to_str() }
                /// A header by name, in any case.
                pub fn header(self, name: Str) -> Option<Str> { self.headers.get(name.to_lower()) }
            }

            /// A request being built: `http.request("PUT", url).header(..).body(..).timeout(ms).send()`.
            pub struct ClientRequest { method: Str, url: Str, headers: Map<Str, Str>, payload: Bytes, timeout_ms: Int, h2: Bool }

            impl ClientRequest {
                pub fn header(self, name: Str, value: Str) -> ClientRequest { self.headers.insert(name.to_lower(), value); self }
                pub fn body(self, b: Bytes) -> ClientRequest { self.payload = b; self }
                /// The whole exchange (redirects included) may take `ms` milliseconds, then Err(TimedOut(..)); 0: no limit.
                pub fn timeout(self, ms: Int) -> ClientRequest { self.timeout_ms = ms; self }
                /// Speaks HTTP/2 to an `http://` URL without asking first (h2c, prior knowledge); `https://` negotiates h2 anyway.
                pub fn http2(self) -> ClientRequest { self.h2 = true; self }
                pub fn send(self) -> Result<ClientResponse, IoError> {
                    send_request(self.method, self.url, self.headers, self.payload, self.timeout_ms, self.h2)
                }
            }

            /// A request of `method` to `url`, sent by `send()`; 30 s to answer unless `timeout` says otherwise.
            pub fn request(method: Str, url: Str) -> ClientRequest {
                ClientRequest { method: method.to_upper(), url: url, headers: Map::new(), payload: "".bytes(), timeout_ms: 30000, h2: false }
            }

            pub fn get(url: Str) -> Result<ClientResponse, IoError> { request("GET", url).send() }

            pub fn post(url: Str, content_type: Str, body: Bytes) -> Result<ClientResponse, IoError> {
                request("POST", url).header("content-type", content_type).body(body).send()
            }
            """;

    static final StructShape REQUEST = new StructShape(MODULE + ".Request", "Request",
            List.of("method", "path", "query", "query_string", "headers", "body", "params", "version"), "AAAAAAAA");
    static final StructShape CLIENT_RESPONSE = new StructShape(MODULE + ".ClientResponse", "ClientResponse", List.of("status", "headers", "body"), "JAA");
    static final StructShape WEBSOCKET = new StructShape(MODULE + ".WebSocket", "WebSocket", List.of("id"), "J");
    static final StructShape SERVER = new StructShape(MODULE + ".Server", "Server", List.of("id", "host", "port"), "JAJ");

    private final Map<Long, JettyServer> servers = new ConcurrentHashMap<>();
    /** Forgets a server in its program's drain, by server id. */
    private final Map<Long, Runnable> drains = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    /** Read by every request as it starts: a new setting applies to servers already running. */
    private volatile long requestTimeoutMs = DEFAULT_TIMEOUT_MS;
    /** The client, started on first use; a new {@code ca-file} setting replaces it. */
    private Client client;
    private String caFile;

    public HttpModule() {
        super(MODULE, SOURCE, MethodHandles.lookup());
        handle("WebSocket", "id");
        function("listen", "fn(Str, Int, fn(Request) -> Response) -> Result<Server, Str>", "listen");
        function("open_server", "fn(Str, Int, Str, Str, fn(Request) -> Response, fn(Str) -> Option<fn(WebSocket)>) -> Result<Server, Str>", "openServer");
        function("ws_open", "fn(Str) -> Result<Int, IoError>", "wsOpen");
        function("ws_send", "fn(Int, Bytes, Bool) -> Result<(), IoError>", "wsSend");
        function("ws_recv", "fn(Int, Int) -> Result<Option<Str>, IoError>", "wsRecv");
        function("ws_close", "fn(Int) -> Result<(), IoError>", "wsClose");
        function("await_stop", "fn(Int)", "awaitStop");
        function("shutdown", "fn(Int)", "shutdown");
        function("send_request", "fn(Str, Str, Map<Str, Str>, Bytes, Int, Bool) -> Result<ClientResponse, IoError>", "sendRequest");
    }

    @Activate
    @Modified
    void configure(Map<String, Object> settings) {
        Object timeout = settings.get("request-timeout-ms");
        requestTimeoutMs = timeout instanceof Number n && n.longValue() > 0 ? n.longValue() : DEFAULT_TIMEOUT_MS;
        Object ca = settings.get("ca-file");
        String file = ca instanceof String f && !f.isBlank() ? f : null;
        synchronized (this) {
            if (java.util.Objects.equals(file, caFile)) return;
            caFile = file;
            if (client != null) client.close();
            client = null;
        }
    }

    /** The client, started now if this is the first use. */
    private synchronized Client client() throws Exception {
        if (client == null) client = new Client(caFile);
        return client;
    }

    Object sendRequest(NativeContext cx, String method, String url, Map<?, ?> headers, Bytes body, long timeoutMs, boolean http2) {
        if (timeoutMs < 0) throw new PanicException("ClientRequest.timeout: negative timeout " + timeoutMs);
        Client c;
        try {
            c = client();
        } catch (Exception e) {
            return IoErrors.err(IoErrors.OTHER, "std.http client cannot start: " + (caFile == null ? "" : caFile + ": ") + e.getMessage());
        }
        return c.send(cx, method, url, headers, body, timeoutMs, http2);
    }

    /** Result&lt;Server, Str&gt;: a started server, or why it could not listen. */
    Object listen(NativeContext cx, String host, long port, Object handler) {
        return openServer(cx, host, port, "", "", handler, null);
    }

    /** Result&lt;Server, Str&gt;: as {@code listen}, over TLS unless {@code certPem} is empty, with WebSocket routes if {@code sockets} is not null. */
    Object openServer(NativeContext cx, String host, long port, String certPem, String keyPem, Object handler, Object sockets) {
        if (port < 0 || port > 65535) return EnumValue.err("port must be between 0 and 65535, got " + port);
        java.security.KeyStore tls = null;
        if (!certPem.isEmpty()) {
            try {
                tls = PemKeys.serverKeys(certPem, keyPem);
            } catch (java.security.GeneralSecurityException | RuntimeException e) {
                return EnumValue.err("serve_tls: not a usable certificate and key: " + e.getMessage());
            }
        }
        Function<String, FnValue> paths = sockets == null ? null
                : path -> (FnValue) EnumValue.payloadOrNull(((FnValue) sockets).call(new Object[] {path}));
        long id = ids.incrementAndGet();
        JettyServer server = new JettyServer(host, (int) port, tls, (FnValue) handler, paths, (h, socket) -> socketTask(cx, h, socket),
                work -> cx.spawn(() -> {
                    work.run();
                    return null;
                }), () -> requestTimeoutMs, cx::telemetry);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            return EnumValue.err("cannot listen on " + host + ":" + port + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        servers.put(id, server);
        drains.put(id, cx.drainOnShutdown(server));
        return EnumValue.ok(SERVER.make(id, host, (long) server.port()));
    }

    /** The task of one accepted WebSocket: its handler, then the socket closed. */
    private static void socketTask(NativeContext cx, FnValue handler, WebSocketConnection socket) {
        long id = cx.resources().add(socket);
        cx.spawn(() -> {
            try {
                handler.call(new Object[] {WEBSOCKET.make(id)});
            } catch (PanicException p) {
                System.err.print("std.http: " + socket.name() + " failed with a panic:\n" + p.render());
                System.err.flush();
            } finally {
                closeSocket(cx, id);
            }
            return null;
        });
    }

    Object wsOpen(NativeContext cx, String url) {
        TargetUrl target;
        try {
            target = TargetUrl.parse(url, TargetUrl.WEBSOCKET);
        } catch (TargetUrl.Bad e) {
            return IoErrors.err(IoErrors.INVALID_INPUT, e.getMessage());
        }
        String denied = cx.denied("net", target.hostPort());
        if (denied != null) return IoErrors.denied(denied);
        WebSocketConnection socket = new WebSocketConnection(url);
        try {
            client().connect(socket, target.uri()).get(DEFAULT_TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IoErrors.err(IoErrors.OTHER, url + ": interrupted");
        } catch (Exception e) {
            return ClientFailures.err(target, e);
        }
        return EnumValue.ok(cx.resources().add(socket));
    }

    static Object wsSend(NativeContext cx, long id, Bytes data, boolean text) {
        WebSocketConnection socket = cx.resources().get(id, WebSocketConnection.class);
        if (socket == null) return IoErrors.closed("websocket " + id);
        try {
            return socket.send(data.toArray(), text);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IoErrors.err(IoErrors.OTHER, socket.name() + ": interrupted");
        }
    }

    /** The next message; with {@code ms} of 0 or more, waiting at most that long. */
    static Object wsRecv(NativeContext cx, long id, long ms) {
        WebSocketConnection socket = cx.resources().get(id, WebSocketConnection.class);
        if (socket == null) return IoErrors.closed("websocket " + id);
        try {
            return ms < 0 ? socket.recv() : socket.recv(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IoErrors.err(IoErrors.OTHER, socket.name() + ": interrupted");
        }
    }

    /** Closes the socket; closing a closed one is Ok(()), as every close is. */
    static Object wsClose(NativeContext cx, long id) {
        closeSocket(cx, id);
        return EnumValue.ok(org.tlang.runtime.Unit.VALUE);
    }

    private static void closeSocket(NativeContext cx, long id) {
        try {
            cx.resources().close(id);
        } catch (Exception e) {
            // closing is best effort: the peer may be gone already
        }
    }

    void awaitStop(long id) {
        JettyServer server = servers.get(id);
        if (server != null) server.awaitStop();
    }

    void shutdown(long id) {
        JettyServer server = servers.remove(id);
        Runnable undrain = drains.remove(id);
        if (undrain != null) undrain.run();
        if (server != null) server.stop();
    }

    @Deactivate
    void deactivate() {
        for (Long id : List.copyOf(servers.keySet())) shutdown(id);
        synchronized (this) {
            if (client != null) client.close();
            client = null;
        }
    }
}
