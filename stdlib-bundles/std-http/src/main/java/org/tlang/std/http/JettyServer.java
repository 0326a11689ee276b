package org.tlang.std.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.eclipse.jetty.websocket.core.WebSocketComponents;
import org.eclipse.jetty.websocket.core.server.Handshaker;
import org.eclipse.jetty.websocket.core.server.WebSocketNegotiator;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.ProgramExit;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.spi.telemetry.RuntimeEvents;
import org.tlang.spi.telemetry.Span;
import org.tlang.spi.telemetry.Telemetry;
import org.tlang.runtime.StructValue;
import org.tlang.spi.natives.Drainable;

/**
 * One Jetty server (HTTP/1.1, or TLS with h2 and HTTP/1.1) whose every request is handed to a T function on a virtual thread, and every WebSocket to a T task.
 * Drained with its program: it closes its listening socket, answers what it took (with {@code Connection: close}), then stops.
 */
final class JettyServer implements Drainable {
    /** The largest request body read; a larger one is answered 413 without calling the handler. */
    static final int MAX_BODY = 16 * 1024 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final InFlight inFlight = new InFlight();
    /** How long a drain leaves a connection that carries no request open. */
    private static final long SHUTDOWN_IDLE_MS = 500;
    private volatile java.util.concurrent.CompletableFuture<Void> connectionsClosed;

    /**
     * @param tls     the server's key and certificate chain (see {@link PemKeys}), or null for plain HTTP/1.1
     * @param sockets the WebSocket handler for a path, or null where the path takes none
     * @param requests runs each request's handler as a task of the program (on the runtime's bound scheduler)
     */
    JettyServer(String host, int port, KeyStore tls, FnValue handler, Function<String, FnValue> sockets, SocketTasks tasks,
                Executor requests, LongSupplier requestTimeoutMs, Supplier<Telemetry> telemetry) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("tlang-http");
        threads.setVirtualThreadsExecutor(VirtualThreads.getDefaultVirtualThreadsExecutor());
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // no "Server: Jetty(12...)" header
        http.setSendXPoweredBy(false);
        connector = tls == null ? new ServerConnector(server, new HttpConnectionFactory(http)) : secure(server, tls, http);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        WebSocketComponents components = new WebSocketComponents();
        server.addBean(components);
        server.setHandler(new THandler(handler, requestTimeoutMs, new Upgrades(sockets, tasks, components), requests, telemetry, inFlight));
        server.setErrorHandler(new PlainErrors());
        server.setStopTimeout(5_000);
    }

    /** TLS with ALPN: h2 where the client offers it, else HTTP/1.1. */
    private static ServerConnector secure(Server server, KeyStore keys, HttpConfiguration plain) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keys);
        ssl.setKeyStorePassword(PemKeys.PASSWORD);
        HttpConfiguration https = new HttpConfiguration(plain);
        https.addCustomizer(new SecureRequestCustomizer(false)); // no SNI host check: a client may call by IP
        HttpConnectionFactory h1 = new HttpConnectionFactory(https);
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(https);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory(h2.getProtocol(), h1.getProtocol());
        alpn.setDefaultProtocol(h1.getProtocol());
        return new ServerConnector(server, new SslConnectionFactory(ssl, alpn.getProtocol()), alpn, h2, h1);
    }

    /** Starts the T task of one accepted WebSocket: the handler, called with the socket. */
    interface SocketTasks {
        void start(FnValue handler, WebSocketConnection socket);
    }

    /** Turns WebSocket upgrade requests on paths that take one into connections, each given to its handler's task. */
    private record Upgrades(Function<String, FnValue> sockets, SocketTasks tasks, WebSocketComponents components) {
        static final Handshaker HANDSHAKER = Handshaker.newInstance();

        /** True if the request was a WebSocket upgrade this server took (and answered). */
        boolean upgrade(Request request, Response response, Callback callback) {
            if (sockets == null || !HANDSHAKER.isWebSocketUpgradeRequest(request)) return false;
            String path = request.getHttpURI().getDecodedPath();
            FnValue handler = sockets.apply(path == null ? "/" : path);
            if (handler == null) return false;
            WebSocketConnection socket = new WebSocketConnection("websocket " + path);
            WebSocketNegotiator negotiator = (req, res, cb) -> socket;
            try {
                if (!HANDSHAKER.upgradeRequest(negotiator, request, response, callback, components, null)) return false;
            } catch (RuntimeException e) {
                return false;
            }
            socket.opened().thenRun(() -> tasks.start(handler, socket));
            return true;
        }
    }

    void start() throws Exception {
        server.start();
    }

    int port() {
        return connector.getLocalPort();
    }

    /** Waits until the server stops; a task cancelled while it waits panics {@code interrupted}, as at every wait. */
    void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Cancellation.interrupted();
        }
    }

    @Override
    public void stopAccepting() {
        inFlight.draining = true;
        // a connection taken but silent this long (kept alive between requests, or no request yet) is closed
        connector.setShutdownIdleTimeout(SHUTDOWN_IDLE_MS);
        connectionsClosed = connector.shutdown(); // closes the listening socket; connections taken go on until they close
    }

    /** Until every connection taken has closed (each answer closes its own) and every request taken is answered. */
    @Override
    public boolean awaitIdle(long deadlineNanos) throws InterruptedException {
        try {
            connectionsClosed.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            // the connector failed to shut down: what is in flight still gets its time below
        }
        return inFlight.awaitNone(deadlineNanos);
    }

    /** After a drain: stops at once, without Jetty's own graceful wait for idle connections to close. */
    @Override
    public void close() {
        server.setStopTimeout(0);
        stop();
    }

    /** The requests taken and not answered yet (a lock only while draining); once draining, every answer closes its connection. */
    static final class InFlight {
        volatile boolean draining;
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        void taken() {
            count.incrementAndGet();
        }

        void answered() {
            if (count.decrementAndGet() == 0 && draining) {
                synchronized (this) {
                    notifyAll();
                }
            }
        }

        /** Called once {@link #draining} is set. */
        synchronized boolean awaitNone(long deadlineNanos) throws InterruptedException {
            long left;
            while (count.get() > 0 && (left = deadlineNanos - System.nanoTime()) > 0) TimeUnit.NANOSECONDS.timedWait(this, left);
            return count.get() == 0;
        }

        /** {@code callback}, counting the request answered when it completes. */
        Callback tracked(Callback callback) {
            taken();
            return new Callback() {
                @Override
                public void succeeded() {
                    try {
                        callback.succeeded();
                    } finally {
                        answered();
                    }
                }

                @Override
                public void failed(Throwable x) {
                    try {
                        callback.failed(x);
                    } finally {
                        answered();
                    }
                }

                @Override
                public InvocationType getInvocationType() {
                    return callback.getInvocationType();
                }
            };
        }
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort; the latch below releases waiters either way
        } finally {
            stopped.countDown();
        }
    }

    /**
     * Blocking handler (Handler.Abstract's default invocation type): Jetty runs it on a virtual
     * thread. The T handler runs under a {@link Cancellation} that its request's deadline or the
     * client going away sets; at the deadline the request is answered 503 at once, and the handler's
     * loops stop with the panic at their next safepoint.
     */
    private static final class THandler extends Handler.Abstract {
        static final String CLIENT_GONE = "request cancelled: the client went away";

        private final FnValue handler;
        private final LongSupplier timeoutMs;
        private final Upgrades upgrades;
        private final Executor requests;
        private final Supplier<Telemetry> telemetry;
        private final InFlight inFlight;

        THandler(FnValue handler, LongSupplier timeoutMs, Upgrades upgrades, Executor requests, Supplier<Telemetry> telemetry, InFlight inFlight) {
            this.handler = handler;
            this.timeoutMs = timeoutMs;
            this.upgrades = upgrades;
            this.requests = requests;
            this.telemetry = telemetry;
            this.inFlight = inFlight;
        }

        @Override
        public boolean handle(Request request, Response response, Callback taken) throws Exception {
            if (upgrades.upgrade(request, response, taken)) return true;
            Callback callback = inFlight.tracked(taken);
            if (inFlight.draining) response.getHeaders().put(HttpHeader.CONNECTION, "close");
            long declared = request.getLength();
            if (declared > MAX_BODY) {
                answer(response, callback, 413, "request body larger than " + MAX_BODY + " bytes\n");
                return true;
            }
            StructValue req = toT(request);
            if (req == null) {
                answer(response, callback, 413, "request body larger than " + MAX_BODY + " bytes\n");
                return true;
            }
            // the request's own deadline below bounds its handler, not the connection's idle timeout, which a
            // drain shortens for the connections that carry no request (and which would fail this one with a 500)
            request.addIdleTimeoutListener(idle -> false); // false: not a failure of the request
            long timeout = timeoutMs.getAsLong();
            String timedOut = "request timed out after " + timeout + " ms";
            Cancellation cancel = new Cancellation();
            request.addFailureListener(failure -> cancel.cancel(CLIENT_GONE));
            AtomicBoolean answered = new AtomicBoolean();
            Scheduler.Task deadline = getServer().getScheduler().schedule(() -> {
                cancel.cancel(timedOut);
                answerOnce(answered, response, callback, 503, timedOut + "\n");
            }, timeout, TimeUnit.MILLISECONDS);
            String what = request.getMethod() + " " + request.getHttpURI().getPathQuery();
            // the handler runs as a task of the program, not on Jetty's thread: the callback completes when it answered
            requests.execute(() -> {
                try {
                    Telemetry t = telemetry.get();
                    if (t.active()) traced(t, request, req, response, callback, cancel, answered, what);
                    else respond(request, req, response, callback, cancel, answered, what);
                } finally {
                    deadline.cancel();
                }
            });
            return true;
        }

        /**
         * {@link #respond} in a server span whose parent is the request's {@code traceparent} (W3C
         * trace context), current while the handler runs so that its own requests carry it on; its
         * duration goes to the histogram {@code http.server.request.duration}.
         */
        private void traced(Telemetry t, Request request, StructValue req, Response response, Callback callback, Cancellation cancel,
                AtomicBoolean answered, String what) {
            long start = System.nanoTime();
            String method = request.getMethod();
            int status = 500;
            try (Span span = t.span(method, Span.Kind.SERVER, request.getHeaders().get("traceparent"),
                    "http.request.method", method, "url.path", request.getHttpURI().getPath())) {
                status = respond(request, req, response, callback, cancel, answered, what);
                span.attribute("http.response.status_code", status);
                if (status >= 500) span.fail("answered " + status);
            } finally {
                t.record("http.server.request.duration", (System.nanoTime() - start) / 1e9,
                        "http.request.method", method, "http.response.status_code", Integer.toString(status));
            }
        }

        /** Runs the T handler and answers with its response, unless the deadline answered first; the status answered (499: the client went away). */
        private int respond(Request request, StructValue req, Response response, Callback callback, Cancellation cancel,
                AtomicBoolean answered, String what) {
            long status;
            Map<?, ?> headers;
            byte[] body;
            try {
                StructValue res = cancel.call(() -> (StructValue) handler.call(new Object[] {req}));
                status = (Long) res.get(0);
                headers = (Map<?, ?>) res.get(1);
                body = ((Bytes) res.get(2)).toArray();
                if (status < 100 || status > 999) throw new PanicException("std.http: a response status must be 100..999, got " + status, null);
            } catch (PanicException p) {
                String reason = cancel.reason();
                if (reason != null && reason.equals(p.getMessage())) {
                    System.err.println("std.http: " + what + ": " + reason + "; its handler was stopped");
                    if (reason.equals(CLIENT_GONE)) {
                        if (answered.compareAndSet(false, true)) callback.failed(new IOException(CLIENT_GONE));
                        return 499;
                    }
                    answerOnce(answered, response, callback, 503, reason + "\n");
                    return 503;
                }
                panicked(what, answered, response, callback, p);
                return 500;
            } catch (StackOverflowError | OutOfMemoryError e) {
                panicked(what, answered, response, callback, PanicException.exhausted(e));
                return 500;
            } catch (ProgramExit e) {
                // the handler called process.exit: the program stops, and this request is not left waiting
                answerOnce(answered, response, callback, 503, "the program exited\n");
                throw e;
            } catch (RuntimeException e) {
                System.err.println("std.http: " + what + " failed: internal error (a bug in tlang or std.http, not in the program): " + e);
                answerOnce(answered, response, callback, 500, "internal server error\n");
                return 500;
            }
            if (!answered.compareAndSet(false, true)) return 503;
            response.setStatus((int) status);
            for (Map.Entry<?, ?> h : headers.entrySet()) response.getHeaders().put((String) h.getKey(), (String) h.getValue());
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return (int) status;
        }

        private static void answerOnce(AtomicBoolean answered, Response response, Callback callback, int status, String text) {
            if (answered.compareAndSet(false, true)) answer(response, callback, status, text);
        }

        /** The handler panicked: the one request fails with 500, the panic goes to stderr, the server serves on. */
        private void panicked(String what, AtomicBoolean answered, Response response, Callback callback, PanicException p) {
            if (p.firstCount()) {
                telemetry.get().count("tlang.panics", 1, "where", "http");
                RuntimeEvents.panic(p.getMessage(), "http");
            }
            System.err.print("std.http: " + what + " failed with a panic:\n" + p.render());
            System.err.flush();
            answerOnce(answered, response, callback, 500, "internal server error\n");
        }

        private static void answer(Response response, Callback callback, int status, String text) {
            byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
        }

        /** The request as a T Request, or null if its body is larger than {@link #MAX_BODY}. */
        private static StructValue toT(Request request) throws java.io.IOException {
            var uri = request.getHttpURI();
            LinkedHashMap<Object, Object> query = new LinkedHashMap<>();
            Fields fields = Request.extractQueryParameters(request);
            for (Fields.Field f : fields) query.put(f.getName(), f.getValues().getLast());
            LinkedHashMap<Object, Object> headers = new LinkedHashMap<>();
            for (HttpField f : request.getHeaders()) {
                String name = f.getLowerCaseName();
                headers.merge(name, f.getValue(), (a, b) -> a + ", " + b);
            }
            byte[] body;
            try (InputStream in = Content.Source.asInputStream(request)) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) return null;
            String path = uri.getDecodedPath();
            return HttpModule.REQUEST.make(
                    request.getMethod(), path == null ? "/" : path, query, uri.getQuery() == null ? "" : uri.getQuery(), headers,
                    new Bytes(body), new LinkedHashMap<>(), request.getConnectionMetaData().getHttpVersion().asString());
        }
    }
}
