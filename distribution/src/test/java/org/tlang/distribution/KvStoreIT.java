package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/kv-store through the launcher: writes acknowledged before a {@code kill -9} that lands in
 * the middle of a stream of writes are all there after a restart, and the data file is never torn.
 */
class KvStoreIT {
    @TempDir
    Path dir;

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Store(Process process, String url) {}

    private Store start(Path data, String... more) throws Exception {
        List<String> command = CommandLineIT.launcher();
        command.addAll(List.of("run", "--allow-net=127.0.0.1:*", "--allow-read=" + data.getParent(), "--allow-write=" + data.getParent(),
                "examples/kv-store/src/main.t", "0", data.toString()));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command).directory(CommandLineIT.ROOT.toFile())
                .redirectError(dir.resolve("stderr-" + System.nanoTime() + ".txt").toFile()).start();
        String banner = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(String.valueOf(banner));
        assertTrue(m.find(), "banner: " + banner);
        return new Store(p, m.group(1));
    }

    private HttpResponse<String> put(Store s, String key, String value) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(s.url() + "/kv/" + key)).PUT(HttpRequest.BodyPublishers.ofString(value))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(Store s, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(s.url() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillMinusNine() throws Exception {
        Path data = dir.resolve("kv.json");
        Store first = start(data);
        List<String> acknowledged = new ArrayList<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; ; i++) {
                try {
                    if (put(first, "k" + i, "value " + i + " " + "x".repeat(2000)).statusCode() != 200) return;
                    synchronized (acknowledged) {
                        acknowledged.add("k" + i);
                    }
                } catch (Exception e) {
                    return;   // the store was killed
                }
            }
        });
        while (true) {
            synchronized (acknowledged) {
                if (acknowledged.size() >= 150) break;
            }
            Thread.sleep(5);
        }
        first.process().destroyForcibly();   // SIGKILL, with writes in flight
        assertTrue(first.process().waitFor(10, TimeUnit.SECONDS));
        writer.join(10_000);

        Store second = start(data);
        try {
            String all = get(second, "/kv");
            assertTrue(all.startsWith("{") && all.endsWith("}"), all.length() > 200 ? all.substring(0, 200) : all);
            for (String key : acknowledged) assertTrue(all.contains("\"" + key + "\":\"value "), key + " was acknowledged but is lost");
            assertEquals("value 7 " + "x".repeat(2000), get(second, "/kv/k7"));
            assertEquals(200, put(second, "after", "restart").statusCode());
            assertEquals("restart", get(second, "/kv/after"));
        } finally {
            second.process().destroy();
            second.process().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void changesGoOutOnTheWebSocketFeedAndToTheWebhook() throws Exception {
        BlockingQueue<String> hooked = new LinkedBlockingQueue<>();
        com.sun.net.httpserver.HttpServer hook = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 16);
        hook.createContext("/hook", exchange -> {
            hooked.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        Store store = start(dir.resolve("kv.json"), "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook");
        try {
            BlockingQueue<String> fed = new LinkedBlockingQueue<>();
            java.net.http.WebSocket ws = client.newWebSocketBuilder()
                    .buildAsync(URI.create(store.url().replace("http://", "ws://") + "/feed"), new java.net.http.WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(java.net.http.WebSocket socket, CharSequence data, boolean last) {
                            fed.add(data.toString());
                            socket.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS);
            Thread.sleep(200);   // the feed's handler task has registered it
            assertEquals(200, put(store, "colour", "blue").statusCode());
            assertEquals("colour=blue", fed.poll(10, TimeUnit.SECONDS));
            assertEquals("{\"key\":\"colour\",\"value\":\"blue\"}", hooked.poll(10, TimeUnit.SECONDS));
            ws.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
            assertEquals(200, put(store, "colour", "green").statusCode());
            assertEquals("{\"key\":\"colour\",\"value\":\"green\"}", hooked.poll(10, TimeUnit.SECONDS));
        } finally {
            store.process().destroy();
            store.process().waitFor(10, TimeUnit.SECONDS);
            hook.stop(0);
        }
    }
}
