package org.tlang.std.http;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.transport.HttpClientConnectionFactory;
import org.eclipse.jetty.client.transport.HttpClientTransportDynamic;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.ClientConnectionFactoryOverHTTP2;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.client.CoreClientUpgradeRequest;
import org.eclipse.jetty.websocket.core.client.WebSocketCoreClient;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.EnumValue;
import org.tlang.spi.natives.NativeContext;
import org.tlang.std.io.streams.IoErrors;
import org.tlang.spi.telemetry.Span;
import org.tlang.spi.telemetry.Telemetry;

/**
 * The one Jetty HttpClient of a std.http component (and the WebSocket client on top of it), started
 * on first use. HTTP/1.1 for {@code http://} unless a request asks for HTTP/2 (h2c with prior
 * knowledge); {@code https://} offers h2 and http/1.1 by ALPN and verifies the server against the
 * JDK's trust store, or only against the CAs of the profile's {@code ca-file}. Redirects are
 * followed here, not by Jetty, so that every hop is checked against the net capability.
 */
final class Client implements AutoCloseable {
    /** The largest response body kept; a larger one is an Err. */
    static final int MAX_BODY = JettyServer.MAX_BODY;
    /** As Go's net/http: the 11th redirect is an error. */
    static final int MAX_REDIRECTS = 10;

    private final HttpClient http;
    private final WebSocketCoreClient sockets;

    Client(String caFile) throws Exception {
        SslContextFactory.Client tls = new SslContextFactory.Client(); // verifies the host name (endpoint identification HTTPS)
        if (caFile != null) tls.setTrustStore(PemKeys.trusted(Files.readString(Path.of(caFile))));
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(tls);
        HTTP2Client h2 = new HTTP2Client(connector);
        http = new HttpClient(new HttpClientTransportDynamic(connector, new ClientConnectionFactoryOverHTTP2.HTTP2(h2), HttpClientConnectionFactory.HTTP11));
        http.setFollowRedirects(false);
        http.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "tlang-http"));
        sockets = new WebSocketCoreClient(http, new org.eclipse.jetty.websocket.core.WebSocketComponents());
        http.start();
        sockets.start();
    }

    /** Starts the WebSocket handshake of {@code socket} to {@code uri}, over HTTP/1.1 (an h2 connection would not upgrade). */
    CompletableFuture<CoreSession> connect(WebSocketConnection socket, URI uri) throws java.io.IOException {
        CoreClientUpgradeRequest upgrade = CoreClientUpgradeRequest.from(sockets, uri, socket);
        upgrade.setVersion(HttpVersion.HTTP_1_1);
        return sockets.connect(upgrade);
    }

    /** One T ClientRequest sent: Ok(ClientResponse) after following redirects, or the IoError. */
    Object send(NativeContext cx, String method, String url, Map<?, ?> headers, Bytes body, long timeoutMs, boolean http2) {
        TargetUrl target;
        try {
            target = TargetUrl.parse(url, TargetUrl.HTTP);
        } catch (TargetUrl.Bad e) {
            return IoErrors.err(IoErrors.INVALID_INPUT, e.getMessage());
        }
        long deadline = timeoutMs > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs) : 0;
        String verb = method.toUpperCase(Locale.ROOT);
        Map<String, String> fields = new LinkedHashMap<>();
        headers.forEach((k, v) -> fields.put(((String) k).toLowerCase(Locale.ROOT), (String) v));
        byte[] content = body.toArray();
        Telemetry telemetry = cx.telemetry();
        if (!telemetry.active()) return send(cx, target, verb, fields, content, deadline, http2, url);
        try (Span span = telemetry.span(verb, Span.Kind.CLIENT, null, "http.request.method", verb, "url.full", target.uri().toString())) {
            // W3C trace context: the server sees this request as a child of the client span
            String parent = span.traceparent();
            if (parent != null) fields.putIfAbsent("traceparent", parent);
            return send(cx, target, verb, fields, content, deadline, http2, url);
        }
    }

    private Object send(NativeContext cx, TargetUrl target, String verb, Map<String, String> fields, byte[] content, long deadline,
                        boolean http2, String url) {
        for (int hop = 0; ; hop++) {
            String denied = cx.denied("net", target.hostPort());
            if (denied != null) return IoErrors.denied(denied);
            ContentResponse response;
            try {
                response = exchange(target, verb, fields, content, deadline, http2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return IoErrors.err(IoErrors.OTHER, target.uri() + ": interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof HttpResponseException && String.valueOf(e.getCause().getMessage()).contains("capacity")) {
                    return IoErrors.err(IoErrors.OTHER, target.uri() + ": response body larger than " + MAX_BODY + " bytes");
                }
                return ClientFailures.err(target, e);
            } catch (RuntimeException e) {
                return ClientFailures.err(target, e);
            }
            String location = response.getHeaders().get(HttpHeader.LOCATION);
            int status = response.getStatus();
            if (location == null || !(status == 301 || status == 302 || status == 303 || status == 307 || status == 308)) return EnumValue.ok(toT(response));
            if (hop == MAX_REDIRECTS) return IoErrors.err(IoErrors.OTHER, url + ": stopped after " + MAX_REDIRECTS + " redirects");
            TargetUrl next;
            try {
                next = TargetUrl.parse(target.uri().resolve(location).toString(), TargetUrl.HTTP);
            } catch (TargetUrl.Bad | IllegalArgumentException e) {
                return IoErrors.err(IoErrors.INVALID_INPUT, target.uri() + ": redirected to " + e.getMessage());
            }
            if (status <= 303 && !verb.equals("HEAD")) { // as browsers and Go: the body is not sent again
                verb = "GET";
                content = new byte[0];
                fields.remove("content-type");
                fields.remove("content-length");
            }
            if (!next.hostPort().equals(target.hostPort())) {
                fields.remove("authorization");
                fields.remove("cookie");
            }
            target = next;
        }
    }

    private ContentResponse exchange(TargetUrl target, String verb, Map<String, String> fields, byte[] content, long deadline, boolean http2)
            throws InterruptedException, ExecutionException {
        URI uri = target.uri();
        Request request = http.newRequest(uri).method(verb);
        if (!target.secure()) request.version(http2 ? HttpVersion.HTTP_2 : HttpVersion.HTTP_1_1);
        request.headers(h -> fields.forEach(h::put));
        if (content.length > 0 || !(verb.equals("GET") || verb.equals("HEAD"))) {
            request.body(new BytesRequestContent(fields.getOrDefault("content-type", "application/octet-stream"), content));
        }
        if (deadline != 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new ExecutionException(new java.util.concurrent.TimeoutException());
            request.timeout(left, TimeUnit.NANOSECONDS);
        }
        var future = new CompletableResponseListener(request, MAX_BODY).send();
        try {
            return future.get();
        } catch (InterruptedException e) {
            request.abort(e);
            throw e;
        }
    }

    private static Object toT(ContentResponse response) {
        LinkedHashMap<Object, Object> headers = new LinkedHashMap<>();
        for (HttpField f : response.getHeaders()) headers.merge(f.getLowerCaseName(), f.getValue(), (a, b) -> a + ", " + b);
        return HttpModule.CLIENT_RESPONSE.make((long) response.getStatus(), headers, new Bytes(response.getContent()));
    }

    @Override
    public void close() {
        try {
            sockets.stop();
            http.stop();
        } catch (Exception e) {
            // best effort: the bundle is stopping
        }
    }
}
