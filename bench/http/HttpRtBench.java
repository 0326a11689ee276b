import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Java side of bench/http-rt.sh, HTTP round trips of a small body ({@code GET /hello}, answered
 * 200 "hello\n" text/plain).
 * <ul>
 * <li>{@code server}: a plain Jetty 12 server on a free loopback port, configured as std.http configures
 * its own (a QueuedThreadPool that runs blocking handlers on virtual threads, no Server header), with a
 * blocking handler doing what bench/http/server.t's router does (GET /hello, else 404). Prints
 * "listening http://127.0.0.1:PORT".
 * <li>{@code jdk URL TASKS N WARM}: the JDK HttpClient (HTTP/1.1, keep-alive): WARM requests untimed, then
 * N requests shared by TASKS virtual threads (one: a plain loop on the main thread), each checked for 200
 * and "hello\n". Prints "ms N" on stderr (the N timed requests) and the requests that were right on stdout.
 * Also the fixed driver of the servers in part (a).
 * <li>{@code jetty URL TASKS N WARM}: the same with Jetty's HttpClient (the client std.http is built on).
 * </ul>
 */
public class HttpRtBench {
    static final byte[] HELLO = "hello\n".getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "server" -> serve();
            case "jdk" -> drive(args, jdkClient());
            case "jetty" -> {
                org.eclipse.jetty.client.HttpClient client = new org.eclipse.jetty.client.HttpClient();
                client.setMaxConnectionsPerDestination(256);
                client.start();
                try {
                    drive(args, url -> {
                        ContentResponse res = client.GET(url);
                        return res.getStatus() == 200 && res.getContentAsString().equals("hello\n");
                    });
                } finally {
                    client.stop();
                }
            }
            default -> throw new IllegalArgumentException("server | jdk URL TASKS N WARM | jetty URL TASKS N WARM");
        }
    }

    static void serve() throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setVirtualThreadsExecutor(VirtualThreads.getDefaultVirtualThreadsExecutor());
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        connector.setAcceptQueueSize(512);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                boolean hello = request.getHttpURI().getDecodedPath().equals("/hello")
                        && (request.getMethod().equals("GET") || request.getMethod().equals("HEAD"));
                byte[] body = hello ? HELLO : "not found\n".getBytes(StandardCharsets.UTF_8);
                response.setStatus(hello ? 200 : 404);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        server.start();
        System.out.println("listening http://127.0.0.1:" + connector.getLocalPort());
        server.join();
    }

    interface Get {
        boolean get(String url) throws Exception;
    }

    static Get jdkClient() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return url -> {
            HttpResponse<byte[]> res = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return res.statusCode() == 200 && java.util.Arrays.equals(res.body(), HELLO);
        };
    }

    static void drive(String[] args, Get client) throws Exception {
        String url = args[1];
        int tasks = Integer.parseInt(args[2]);
        long n = Long.parseLong(args[3]);
        long warm = Long.parseLong(args[4]);
        run(client, url, tasks, warm);
        long t0 = System.nanoTime();
        long ok = run(client, url, tasks, n);
        System.err.println("ms " + (System.nanoTime() - t0) / 1_000_000);
        System.out.println(ok);
    }

    /** N requests shared by TASKS virtual threads (N / TASKS each, the rest to the first ones); the right ones. */
    static long run(Get client, String url, int tasks, long n) throws Exception {
        if (tasks == 1) return loop(client, url, n);
        AtomicLong ok = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            long mine = n / tasks + (i < n % tasks ? 1 : 0);
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    ok.addAndGet(loop(client, url, mine));
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : threads) t.join();
        return ok.get();
    }

    static long loop(Get client, String url, long n) throws Exception {
        long ok = 0;
        for (long i = 0; i < n; i++) if (client.get(url)) ok++;
        return ok;
    }
}
