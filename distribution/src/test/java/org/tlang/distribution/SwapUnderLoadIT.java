package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tlang.api.RunRequest;
import org.tlang.api.SwapResult;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * Every subsystem kind swapped live while the counter service is under steady HTTP load: no
 * request fails, no increment is lost, a refused swap leaves the old implementation serving.
 * Prints each swap's duration and the longest gap between two answered requests around it (the
 * pause new work saw); they are measured, not asserted.
 */
class SwapUnderLoadIT {
    static Tlang tlang;

    @BeforeAll
    static void boot() throws Exception {
        tlang = Tlang.init(BundleSet.directory(RuntimeIT.HOME), Files.readString(RuntimeIT.HOME.resolve("profiles/default.toml")), "default.toml");
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    record Swap(String kind, String impl, Map<String, Object> settings) {
        @Override
        public String toString() {
            return kind + " -> " + impl + (settings.isEmpty() ? "" : " " + settings);
        }
    }

    @Test
    void everyKindSwapsUnderLoadWithoutAFailedOrLostRequest() throws Exception {
        TlangRuntime runtime = tlang.runtime();
        Output out = new Output();
        Output err = new Output();
        Thread.ofPlatform().daemon().name("counter-service").start(() -> runtime.run(
                new RunRequest(RuntimeIT.ROOT.resolve("examples/counter-service/src/main.t"), List.of("0"), out.stream, err.stream, false).allowing(List.of("net=127.0.0.1:*"))));
        Matcher url = Pattern.compile("listening on (http\\S+)").matcher(out.await(t -> t.contains("listening on "), Duration.ofSeconds(30), "the service"));
        assertTrue(url.find());
        URI count = URI.create(url.group(1) + "/count/swaps");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> done = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(Thread.ofPlatform().daemon().name("load-" + i).start(() -> {
                while (loading.get()) {
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(count).timeout(Duration.ofSeconds(20))
                                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            answered.incrementAndGet();
                            done.add(System.nanoTime());
                        } else {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
        Thread.sleep(500);

        List<Swap> swaps = List.of(
                new Swap("scheduler", "work-stealing", Map.of("parallelism", 2L)),
                new Swap("scheduler", "pool", Map.of("threads", 4L)),
                new Swap("scheduler", "deterministic", Map.of()),
                new Swap("scheduler", "virtual", Map.of()),
                new Swap("allocator", "pooled", Map.of()),
                new Swap("allocator", "arena", Map.of()),
                new Swap("allocator", "general", Map.of()),
                new Swap("collector", "cleaner", Map.of()),
                new Swap("collector", "refcount", Map.of("report-leaks", false)),
                new Swap("collector", "region", Map.of()),
                new Swap("io", "nio", Map.of("loops", 2L)),
                new Swap("io", "blocking", Map.of()),
                new Swap("tier", "interp", Map.of()),
                new Swap("tier", "jit", Map.of()),
                new Swap("tier", "tiered", Map.of()));
        List<long[]> windows = new ArrayList<>();
        for (Swap swap : swaps) {
            long start = System.nanoTime();
            SwapResult result = runtime.swap(swap.kind(), swap.impl(), swap.settings(), Duration.ofSeconds(10));
            long end = System.nanoTime();
            assertTrue(result.swapped(), swap + ": " + result.message());
            windows.add(new long[] {start, end});
            Thread.sleep(300);
        }
        Map<String, String> before = runtime.bindings();
        SwapResult unknown = runtime.swap("scheduler", "nope", Map.of(), Duration.ofSeconds(5));
        SwapResult badSetting = runtime.swap("scheduler", "pool", Map.of("threads", -1L), Duration.ofSeconds(5));
        Thread.sleep(300);
        assertFalse(unknown.swapped(), unknown.message());
        assertFalse(badSetting.swapped(), badSetting.message());
        assertTrue(badSetting.message().contains("'scheduler.threads' must be between 0 and 4096"), badSetting.message());
        assertEquals(before, runtime.bindings(), "a refused swap leaves the old implementations bound");

        loading.set(false);
        for (Thread t : clients) t.join(30_000);
        assertEquals(List.of(), List.copyOf(failures), "no request fails");
        HttpResponse<String> total = client.send(HttpRequest.newBuilder(count).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(total.body().contains("\"count\":" + answered.get()), "every answered increment counted: " + answered.get() + " vs " + total.body());

        List<Long> times = new ArrayList<>(done);
        Collections.sort(times);
        System.out.printf("swap under load: %d requests answered, 0 failed%n", answered.get());
        for (int i = 0; i < swaps.size(); i++) {
            long[] w = windows.get(i);
            System.out.printf("  %-40s swap %4d ms, longest gap between answers %4d ms%n", swaps.get(i),
                    (w[1] - w[0]) / 1_000_000, longestGap(times, w[0] - 50_000_000, w[1] + 200_000_000) / 1_000_000);
        }
    }

    /** The longest time between two consecutive answers in [from, to], or from its edges to the first and last. */
    private static long longestGap(List<Long> times, long from, long to) {
        long last = from;
        long longest = 0;
        for (long t : times) {
            if (t < from) continue;
            if (t > to) break;
            longest = Math.max(longest, t - last);
            last = t;
        }
        return Math.max(longest, to - last);
    }
}
