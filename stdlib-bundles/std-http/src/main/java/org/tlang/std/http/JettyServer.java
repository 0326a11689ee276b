package org.tlang.std.http;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.FnValue;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StructValue;

/** One Jetty server whose every request is handed to a T function on a virtual thread. */
final class JettyServer {
    /** The largest request body read; a larger one is answered 413 without calling the handler. */
    static final int MAX_BODY = 16 * 1024 * 1024;

    private final Server server;
    private final ServerConnector connector;
    private final CountDownLatch stopped = new CountDownLatch(1);

    JettyServer(String host, int port, FnValue handler) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("tlang-http");
        threads.setVirtualThreadsExecutor(VirtualThreads.getDefaultVirtualThreadsExecutor());
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // no "Server: Jetty(12...)" header
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new THandler(handler));
        server.setErrorHandler(new PlainErrors());
        server.setStopTimeout(5_000);
    }

    void start() throws Exception {
        server.start();
    }

    int port() {
        return connector.getLocalPort();
    }

    void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    /** Blocking handler (Handler.Abstract's default invocation type): Jetty runs it on a virtual thread. */
    private static final class THandler extends Handler.Abstract {
        private final FnValue handler;

        THandler(FnValue handler) {
            this.handler = handler;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
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
            int status;
            Map<?, ?> headers;
            byte[] body;
            try {
                StructValue res = (StructValue) handler.call(new Object[] {req});
                status = (int) (long) (Long) res.get(0);
                headers = (Map<?, ?>) res.get(1);
                body = ((Bytes) res.get(2)).toArray();
                if (status < 100 || status > 999) throw new PanicException("std.http: a response status must be 100..999, got " + status, null);
            } catch (PanicException p) {
                System.err.print("std.http: " + request.getMethod() + " " + request.getHttpURI().getPathQuery() + " failed with a panic:\n"
                        + p.render());
                System.err.flush();
                answer(response, callback, 500, "internal server error\n");
                return true;
            } catch (StackOverflowError e) {
                System.err.println("std.http: " + request.getMethod() + " " + request.getHttpURI().getPathQuery()
                        + " failed: the handler recursed too deeply (stack overflow)");
                answer(response, callback, 500, "internal server error\n");
                return true;
            } catch (RuntimeException e) {
                System.err.println("std.http: " + request.getMethod() + " " + request.getHttpURI().getPathQuery()
                        + " failed: internal error (a bug in tlang or std.http, not in the program): " + e);
                answer(response, callback, 500, "internal server error\n");
                return true;
            }
            response.setStatus(status);
            for (Map.Entry<?, ?> h : headers.entrySet()) response.getHeaders().put((String) h.getKey(), (String) h.getValue());
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return true;
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
