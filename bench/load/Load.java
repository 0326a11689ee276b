/*
 * A steady-rate HTTP load generator: `java bench/load/Load.java --url URL [options]` (JDK 21+).
 *
 * Requests are scheduled at fixed intervals (--rate per second for --duration seconds) and taken by
 * --clients virtual-thread clients, each sending one request at a time. Latency is measured from a
 * request's scheduled send time, so a stalled server shows up as latency instead of as fewer
 * requests (no coordinated omission). A request is "ok" when it gets a 2xx answer (and the
 * --expect text, if given); anything else, an I/O error or a timeout is "failed". Requests still
 * queued when the run ends (clients all busy) are "unsent".
 *
 * Options:
 *   --url URL          target; "{i}" in it is replaced by the request number modulo --keys
 *   --method M         GET (default), POST, PUT or DELETE (POST/PUT send --body)
 *   --body TEXT        request body for POST/PUT (default empty)
 *   --rate N           requests per second (default 200)
 *   --duration S       seconds (default 10)
 *   --clients M        concurrent clients (default 32)
 *   --keys K           distinct values of {i} (default 16)
 *   --timeout-ms T     per-request timeout (default 5000)
 *   --expect TEXT      an ok response's body must contain TEXT
 *   --count-header H   count the values of response header H (e.g. which version answered)
 *   --report-every S   print a progress line every S seconds (default 0: only the summary)
 * The summary ends with one line for scripts: "RESULT sent=.. ok=.. failed=.. unsent=.. p50_ms=.. ...".
 */

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

public class Load {
    private static final long STOP = Long.MIN_VALUE;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String url = required(o, "url");
        String method = o.getOrDefault("method", "GET").toUpperCase();
        String body = o.getOrDefault("body", "");
        int rate = Integer.parseInt(o.getOrDefault("rate", "200"));
        double seconds = Double.parseDouble(o.getOrDefault("duration", "10"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "32"));
        int keys = Integer.parseInt(o.getOrDefault("keys", "16"));
        Duration timeout = Duration.ofMillis(Long.parseLong(o.getOrDefault("timeout-ms", "5000")));
        String expect = o.get("expect");
        String countHeader = o.get("count-header");
        double reportEvery = Double.parseDouble(o.getOrDefault("report-every", "0"));

        URI probe = URI.create(url.replace("{i}", "0"));
        if (!"http".equals(probe.getScheme()) && !"https".equals(probe.getScheme()) || probe.getHost() == null) {
            System.err.println("Load: --url must be an http:// or https:// URL with a host, got '" + url + "'");
            System.exit(2);
        }
        if (rate <= 0 || seconds <= 0 || clients <= 0 || keys <= 0) {
            System.err.println("Load: --rate, --duration, --clients and --keys must be positive");
            System.exit(2);
        }
        int total = (int) Math.round(rate * seconds);
        long[] latencies = new long[total];
        AtomicInteger done = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        Map<String, AtomicLong> headerValues = new ConcurrentHashMap<>();
        LinkedBlockingQueue<long[]> tickets = new LinkedBlockingQueue<>();

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        System.out.printf("load: %s %s at %d/s for %.1f s with %d clients (%d requests)%n", method, url, rate, seconds, clients, total);

        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(Thread.ofVirtual().name("client-" + c).start(() -> {
                while (true) {
                    long[] t;
                    try {
                        t = tickets.take();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (t[0] == STOP) return;
                    int i = (int) t[1];
                    String failure = null;
                    try {
                        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url.replace("{i}", String.valueOf(i % keys)))).timeout(timeout);
                        HttpRequest.BodyPublisher pub = method.equals("POST") || method.equals("PUT")
                                ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody();
                        rb.method(method, pub);
                        HttpResponse<String> r = client.send(rb.build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() / 100 != 2) failure = "status " + r.statusCode();
                        else if (expect != null && !r.body().contains(expect)) failure = "body without the expected text";
                        if (countHeader != null) {
                            String v = r.headers().firstValue(countHeader).orElse("(none)");
                            headerValues.computeIfAbsent(v, k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (Exception e) {
                        failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                    }
                    latencies[i] = System.nanoTime() - t[0];
                    if (failure == null) ok.incrementAndGet();
                    else {
                        failed.incrementAndGet();
                        failures.computeIfAbsent(failure, k -> new AtomicLong()).incrementAndGet();
                    }
                    done.incrementAndGet();
                }
            }));
        }

        long start = System.nanoTime() + 50_000_000L;
        long interval = 1_000_000_000L / rate;
        long nextReport = reportEvery > 0 ? start + (long) (reportEvery * 1e9) : Long.MAX_VALUE;
        int lastDone = 0;
        for (int i = 0; i < total; i++) {
            long at = start + i * interval;
            long wait;
            while ((wait = at - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
            tickets.add(new long[] {at, i});
            if (System.nanoTime() >= nextReport) {
                int d = done.get();
                System.out.printf("  %5.1f s: %d done (%d/s), %d failed, %d queued%n", (System.nanoTime() - start) / 1e9, d,
                        (long) ((d - lastDone) / reportEvery), failed.get(), tickets.size());
                lastDone = d;
                nextReport += (long) (reportEvery * 1e9);
            }
        }
        long sendingEnded = System.nanoTime();
        // let requests in flight finish (up to the timeout); what is still queued then is unsent
        long deadline = sendingEnded + timeout.toNanos() + 1_000_000_000L;
        while (done.get() < total && System.nanoTime() < deadline) Thread.sleep(5);
        List<long[]> left = new ArrayList<>();
        tickets.drainTo(left);
        for (int c = 0; c < clients; c++) tickets.add(new long[] {STOP, 0});
        for (Thread w : workers) w.join(timeout.toMillis() + 1000);
        double elapsed = (System.nanoTime() - start) / 1e9;

        int n = done.get();
        long[] sorted = new long[n];
        int k = 0;
        for (long l : latencies) if (l > 0 && k < n) sorted[k++] = l;
        sorted = Arrays.copyOf(sorted, k);
        Arrays.sort(sorted);
        System.out.printf("sent %d  ok %d  failed %d  unsent %d  (%.1f requests/s over %.1f s)%n", n, ok.get(), failed.get(), left.size(),
                n / elapsed, elapsed);
        System.out.printf("latency ms from scheduled send: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1e6);
        if (!failures.isEmpty()) new TreeMap<>(failures).forEach((why, c) -> System.out.println("  failed: " + c + " x " + why));
        if (countHeader != null) System.out.println(countHeader + ": " + new TreeMap<>(toLongs(headerValues)));
        System.out.printf("RESULT sent=%d ok=%d failed=%d unsent=%d rate=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f%n", n, ok.get(),
                failed.get(), left.size(), n / elapsed, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1e6);
        System.exit(failed.get() == 0 && left.isEmpty() ? 0 : 1);
    }

    private static Map<String, Long> toLongs(Map<String, AtomicLong> m) {
        Map<String, Long> out = new HashMap<>();
        m.forEach((key, v) -> out.put(key, v.get()));
        return out;
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: java Load.java --url URL [--method M] [--rate N] [--duration S] [--clients M] ... (see the file's header)");
                System.exit(2);
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    private static String required(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null) {
            System.err.println("Load: --" + key + " is required");
            System.exit(2);
        }
        return v;
    }
}
