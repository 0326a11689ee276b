/*
 * The reload-under-load proof: `java bench/load/ReloadProof.java --url URL --module FILE [options]` (JDK 21+).
 *
 * Drives a running counter service (examples/counter-service, started with `tlang run --watch`) with
 * POST /count/{key} at a steady rate, first without reloads, then while FILE (its counter/api.t) is
 * rewritten --reloads times, alternating two versions whose answers differ (VERSION "a" and "b").
 * Along the way it saves four versions that must be refused (a compile error, a signature change a
 * dependent module relies on, a static whose type changes without a migration, a panicking static
 * initialiser) and checks that the old version keeps serving. It checks that:
 *   - no request fails (every POST gets 200);
 *   - every answer comes entirely from one version (its header and its JSON body name the same one);
 *   - no increment is lost (the counters' sum at the end equals the number of POSTs answered 200);
 * and reports latency (p50/p99/max) without and with reloads, measured from each request's scheduled
 * time, and the time from a file save to the new version answering.
 *
 * Options: --rate N (requests/s, default 200), --clients M (default 64), --warmup S (seconds of load
 * not measured, default 3), --steady S (seconds measured without reloads, default 5), --reloads N
 * (default 100), --interval-ms T (between reloads, default 500).
 * The last line is for scripts and tests:
 *   RESULT sent=.. ok=.. failed=.. mixed=.. lost=.. reloads=.. refused=../4 steady_p99_ms=.. reload_p99_ms=.. save_to_serve_median_ms=..
 * The exit status is 0 only when every check passed.
 */

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ReloadProof {
    private static final Pattern BODY_VERSION = Pattern.compile("\"version\":\"([^\"]*)\"");
    private static final Pattern COUNT = Pattern.compile("\"([^\"]+)\":(\\d+)");
    private static final String VERSION_LINE = "pub const VERSION: Str = ";

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final Path module;
    private final String original;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong mixed = new AtomicLong();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    /** Latency samples (µs) of requests scheduled while reloads were or were not happening. */
    private final ConcurrentLinkedQueue<Long> steadyLatency = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> reloadLatency = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean reloading = new AtomicBoolean();
    /** False during the warm-up: those requests are checked but their latency is not kept. */
    private final AtomicBoolean measuring = new AtomicBoolean();

    ReloadProof(String url, Path module) throws IOException {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.module = module;
        this.original = Files.readString(module);
        if (!original.contains(VERSION_LINE)) throw new IllegalArgumentException(module + " has no `" + VERSION_LINE + "..`");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        if (!o.containsKey("url") || !o.containsKey("module")) {
            System.err.println("usage: java ReloadProof.java --url URL --module counter/api.t [--rate N] [--clients M] [--steady S] [--reloads N] [--interval-ms T]");
            System.exit(2);
        }
        ReloadProof proof = new ReloadProof(o.get("url"), Path.of(o.get("module")));
        boolean passed = proof.run(Integer.parseInt(o.getOrDefault("rate", "200")), Integer.parseInt(o.getOrDefault("clients", "64")),
                Integer.parseInt(o.getOrDefault("warmup", "3")), Integer.parseInt(o.getOrDefault("steady", "5")),
                Integer.parseInt(o.getOrDefault("reloads", "100")),
                Integer.parseInt(o.getOrDefault("interval-ms", "500")));
        System.exit(passed ? 0 : 1);
    }

    boolean run(int rate, int clients, int warmupSeconds, int steadySeconds, int reloads, int intervalMs) throws Exception {
        // Versions "a" and "b" differ only in VERSION and carry one more static, `reloads`, that the
        // missing-migration check changes the type of.
        String a = text("a");
        String b = text("b");
        save(a);
        awaitVersion("a", Duration.ofSeconds(20));
        Map<String, Long> before = counts();

        AtomicBoolean stop = new AtomicBoolean();
        measuring.set(false);
        Thread load = Thread.ofPlatform().name("load").start(() -> drive(rate, clients, stop));
        Thread.sleep(warmupSeconds * 1000L);
        measuring.set(true);
        Thread.sleep(steadySeconds * 1000L);

        reloading.set(true);
        List<Long> saveToServe = new ArrayList<>();
        int refused = 0;
        String current = "a";
        for (int i = 0; i < reloads; i++) {
            if (i == reloads / 5) refused += refusedKeepsServing(current, original.replace("pub fn read(", "fn broken( {\npub fn read("), "a compile error");
            if (i == 2 * reloads / 5) refused += refusedKeepsServing(current, text(current).replace(
                    "pub fn health(req: Request) -> Response", "pub fn health(req: Request, extra: Int) -> Response"), "a signature main.t relies on");
            if (i == 3 * reloads / 5) refused += refusedKeepsServing(current, text(current).replace(
                    "static mut reloads: Int = 0;", "static mut reloads: Str = \"\";"), "a static's type change without a migration");
            if (i == 4 * reloads / 5) refused += refusedKeepsServing(current, text(current)
                    + "\nstatic boom: Int = explode();\nfn explode() -> Int { panic(\"this initialiser panics on purpose\") }\n", "a panicking initialiser");
            String next = current.equals("a") ? "b" : "a";
            long t0 = System.nanoTime();
            save(next.equals("a") ? a : b);
            if (awaitVersion(next, Duration.ofSeconds(10))) {
                saveToServe.add((System.nanoTime() - t0) / 1_000_000);
                current = next;
            } else {
                problems.add("reload " + (i + 1) + " to version " + next + " did not serve within 10 s");
                break;
            }
            Thread.sleep(intervalMs);
        }
        reloading.set(false);
        stop.set(true);
        load.join();
        save(original);

        Map<String, Long> after = counts();
        long counted = 0;
        for (Map.Entry<String, Long> e : after.entrySet()) counted += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        long lost = ok.get() - counted;
        if (lost != 0) problems.add("counters lost " + lost + " increments: " + ok.get() + " POSTs answered 200, counters grew by " + counted);

        Collections.sort(saveToServe);
        long saveMedian = saveToServe.isEmpty() ? -1 : saveToServe.get(saveToServe.size() / 2);
        System.out.printf("requests: %d sent, %d ok, %d failed, %d answered by a mix of versions%n", sent.get(), ok.get(), failed.get(), mixed.get());
        System.out.printf("latency without reloads: %s%n", summary(steadyLatency));
        System.out.printf("latency during %d reloads: %s%n", saveToServe.size(), summary(reloadLatency));
        System.out.printf("save to new version serving: median %d ms, max %d ms%n", saveMedian,
                saveToServe.isEmpty() ? -1 : saveToServe.getLast());
        System.out.printf("refused versions that left the old one serving: %d/4%n", refused);
        problems.stream().limit(20).forEach(p -> System.out.println("problem: " + p));
        System.out.printf("RESULT sent=%d ok=%d failed=%d mixed=%d lost=%d reloads=%d refused=%d/4 steady_p99_ms=%.1f reload_p99_ms=%.1f save_to_serve_median_ms=%d%n",
                sent.get(), ok.get(), failed.get(), mixed.get(), lost, saveToServe.size(), refused,
                percentile(steadyLatency, 0.99) / 1000.0, percentile(reloadLatency, 0.99) / 1000.0, saveMedian);
        return failed.get() == 0 && mixed.get() == 0 && lost == 0 && refused == 4 && saveToServe.size() == reloads && problems.isEmpty();
    }

    /** The module with VERSION {@code v}. */
    private String text(String v) {
        String withVersion = original.replaceFirst(Pattern.quote(VERSION_LINE) + "\"[^\"]*\";", Matcher.quoteReplacement(VERSION_LINE + "\"" + v + "\";"));
        return withVersion + "\n/// Changed only by the reload proof's refused versions.\nstatic mut reloads: Int = 0;\n";
    }

    /** Saves a version that must be refused; checks that `current` still answers for a while. */
    private int refusedKeepsServing(String current, String bad, String what) throws Exception {
        save(bad);
        long until = System.nanoTime() + Duration.ofMillis(400).toNanos();
        while (System.nanoTime() < until) {
            String serving = health();
            if (!current.equals(serving)) {
                problems.add("after saving " + what + ", version " + serving + " answered instead of " + current);
                return 0;
            }
            Thread.sleep(20);
        }
        return 1;
    }

    /** Writes the module the way an editor saves: a new file renamed over the old one. */
    private void save(String text) throws IOException {
        Path tmp = module.resolveSibling("." + module.getFileName() + ".saving");
        Files.writeString(tmp, text);
        Files.move(tmp, module, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private boolean awaitVersion(String version, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (version.equals(health())) return true;
            Thread.sleep(2);
        }
        return false;
    }

    private String health() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            return r.headers().firstValue("x-counter-version").orElse("?");
        } catch (IOException e) {
            return "unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private Map<String, Long> counts() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/counts")).build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Long> counts = new HashMap<>();
        Matcher m = COUNT.matcher(r.body());
        while (m.find()) counts.put(m.group(1), Long.parseLong(m.group(2)));
        return counts;
    }

    /** Steady rate: request i is due at start + i/rate; at most `clients` requests are in flight. */
    private void drive(int rate, int clients, AtomicBoolean stop) {
        Semaphore inFlight = new Semaphore(clients);
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; !stop.get(); i++) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) LockSupport.parkNanos(wait);
                inFlight.acquireUninterruptibly();
                boolean duringReloads = reloading.get();
                boolean measured = measuring.get();
                String key = "k" + (i % 32);
                sent.incrementAndGet();
                pool.submit(() -> {
                    try {
                        post(key, due, measured, duringReloads);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
    }

    private void post(String key, long due, boolean measured, boolean duringReloads) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/count/" + key))
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - due) / 1000;
            if (measured) (duringReloads ? reloadLatency : steadyLatency).add(micros);
            if (r.statusCode() != 200) {
                failed.incrementAndGet();
                problems.add("POST /count/" + key + " answered " + r.statusCode() + ": " + r.body());
                return;
            }
            ok.incrementAndGet();
            Matcher m = BODY_VERSION.matcher(r.body());
            String header = r.headers().firstValue("x-counter-version").orElse("?");
            if (!m.find() || !m.group(1).equals(header)) {
                mixed.incrementAndGet();
                problems.add("an answer mixes versions: header " + header + ", body " + r.body());
            }
        } catch (IOException e) {
            failed.incrementAndGet();
            problems.add("POST /count/" + key + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double percentile(ConcurrentLinkedQueue<Long> samples, double p) {
        List<Long> sorted = new ArrayList<>(samples);
        if (sorted.isEmpty()) return -1;
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String summary(ConcurrentLinkedQueue<Long> samples) {
        return String.format("%d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms", samples.size(),
                percentile(samples, 0.5) / 1000.0, percentile(samples, 0.99) / 1000.0, percentile(samples, 1.0) / 1000.0);
    }
}
