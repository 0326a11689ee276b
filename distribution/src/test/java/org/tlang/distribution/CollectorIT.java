package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.BoundSubsystem;
import org.tlang.api.RunRequest;
import org.tlang.api.SwapResult;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * One T program on each collector, swapped in on the running runtime: a file its task keeps where
 * main reaches it without handing it on, a file main shares with a task that ends, files tasks
 * drop without closing, and one main never closes. The three policies give three different runs.
 */
class CollectorIT {
    static Tlang tlang;
    static TlangRuntime runtime;

    @TempDir
    static Path temp;

    static final String PROGRAM = """
            import std.fs;

            // a task keeps the file in a Vec main shares: nothing hands it on
            fn kept(path: Str) -> Str {
                let shelf: Vec<fs.File> = Vec::new();
                spawn(|| { shelf.push(fs.open(path).unwrap()); }).join();
                let seen = match shelf[0].reader().read_to_str() {
                    Ok(text) => "open, reads {text}",
                    Err(_) => "closed",
                };
                shelf[0].close().unwrap();
                seen
            }

            // main gives the file to a task that ends, and reads it afterwards
            fn shared(path: Str) -> Str {
                let f = fs.open(path).unwrap();
                spawn(|| { let g = f; }).join();
                let seen = match f.reader().read_to_str() {
                    Ok(text) => "open, reads {text}",
                    Err(_) => "closed",
                };
                f.close().unwrap();
                seen
            }

            fn main(args: Vec<Str>) {
                let path = args[0];
                let k = kept(path);
                println("kept: {k}");
                let s = shared(path);
                println("shared: {s}");
                let mut i = 0;
                while i < 40 {
                    spawn(|| { let dropped = fs.open(path).unwrap(); }).join();
                    i = i + 1;
                }
                let leaked = fs.open(path).unwrap();
                println("dropped 40");
                while !fs.exists(args[1]) { sleep(10); }
            }
            """;

    @BeforeAll
    static void boot() throws Exception {
        tlang = Tlang.init(BundleSet.directory(RuntimeIT.HOME), Files.readString(RuntimeIT.HOME.resolve("profiles/default.toml")), "default.toml");
        runtime = tlang.runtime();
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    record Seen(String out, long liveAfterDrops, Map<String, Number> metrics) {}

    /** The program run on collector {@code impl}: its output, and the collector's live resources once its tasks have dropped their files. */
    private Seen runOn(String impl, Map<String, Object> settings) throws Exception {
        SwapResult swap = runtime.swap("collector", impl, settings, Duration.ofSeconds(10));
        assertTrue(swap.swapped(), swap.message());
        Path data = temp.resolve(impl + ".txt");
        Files.writeString(data, "data");
        Path stop = temp.resolve(impl + ".stop");
        Path program = temp.resolve(impl + ".t");
        Files.writeString(program, PROGRAM);
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() ->
                RuntimeIT.status(runtime.run(new RunRequest(program, List.of(data.toString(), stop.toString()), out.stream, err.stream, false)), err));
        out.await(t -> t.contains("dropped 40"), Duration.ofSeconds(60), impl + ": the program to drop its files");
        long live = collector().metrics().get("live").longValue();
        if (impl.equals("cleaner")) {
            // the dropped ones are unreachable: the next GCs close them (a bounded wait, not a timing assertion)
            for (int i = 0; i < 300 && collector().metrics().get("live").longValue() > 1; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertEquals(1L, collector().metrics().get("live").longValue(), "only the file main still holds is open after GC");
        }
        Files.writeString(stop, "");
        assertEquals(0, run.get(60, TimeUnit.SECONDS), err.text());
        return new Seen(out.text(), live, collector().metrics());
    }

    private static BoundSubsystem collector() {
        return runtime.subsystems().stream().filter(s -> s.kind().equals("collector")).findFirst().orElseThrow();
    }

    @Test
    void theThreePoliciesRunOneProgramThreeWays() throws Exception {
        assertEquals("region", runtime.bindings().get("collector"), "the default profile binds region");
        Seen region = runOn("region", Map.of());
        Seen cleaner = runOn("cleaner", Map.of());
        Seen refcount = runOn("refcount", Map.of());
        long leaksBefore = refcount.metrics().get("leaks").longValue();

        assertEquals("kept: closed\nshared: closed\ndropped 40\n", region.out(), "region: each file closed with the task that owned it");
        assertEquals(1L, region.liveAfterDrops(), "region: only main's file is open; the dropped ones closed as their tasks ended");

        assertEquals("kept: open, reads data\nshared: open, reads data\ndropped 40\n", cleaner.out(), "cleaner: open while something refers to it");
        assertTrue(cleaner.liveAfterDrops() > 1, "cleaner: dropped files wait for a GC, " + cleaner.liveAfterDrops() + " open");
        assertTrue(cleaner.metrics().get("closed-unreachable").longValue() >= 40, cleaner.metrics().toString());
        // each File std.fs makes (43), and each Reader its reader() makes: one to read and one in close(), for kept and shared
        assertEquals(47L, cleaner.metrics().get("holders-watched").longValue(), cleaner.metrics().toString());

        assertEquals("kept: closed\nshared: open, reads data\ndropped 40\n", refcount.out(), "refcount: main still retained the file it shared");
        assertEquals(1L, refcount.liveAfterDrops(), "refcount: a dropped file's count fell to zero as its task ended");
        assertEquals(1L, leaksBefore, "refcount: the file main never closed is a leak");

        SwapResult back = runtime.swap("collector", "region", Map.of(), Duration.ofSeconds(10));
        assertTrue(back.swapped(), back.message());
    }

    /** A file opened under one collector stays governed by it after a swap: its task ends under region, and cleaner keeps it open. */
    @Test
    void aResourceStaysWithTheCollectorThatTrackedItAfterASwap() throws Exception {
        Path data = temp.resolve("swap.txt");
        Files.writeString(data, "data");
        Path go = temp.resolve("swap.go");
        Path program = temp.resolve("swap.t");
        Files.writeString(program, """
                import std.fs;
                fn main(args: Vec<Str>) {
                    let shelf: Vec<fs.File> = Vec::new();
                    spawn(|| {
                        shelf.push(fs.open(args[0]).unwrap());
                        println("opened");
                        while !fs.exists(args[1]) { sleep(10); }
                    }).join();
                    match shelf[0].reader().read_to_str() {
                        Ok(text) => println("still open, reads {text}"),
                        Err(_) => println("closed"),
                    }
                    shelf[0].close().unwrap();
                }
                """);
        assertTrue(runtime.swap("collector", "cleaner", Map.of(), Duration.ofSeconds(10)).swapped());
        try {
            Output out = new Output();
            Output err = new Output();
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() ->
                    RuntimeIT.status(runtime.run(new RunRequest(program, List.of(data.toString(), go.toString()), out.stream, err.stream, false)), err));
            out.await(t -> t.contains("opened"), Duration.ofSeconds(60), "the file opened under cleaner");
            SwapResult swap = runtime.swap("collector", "region", Map.of(), Duration.ofSeconds(10));
            assertTrue(swap.swapped(), swap.message());
            assertEquals(0L, collector().metrics().get("live").longValue(), "region tracks nothing yet");
            assertEquals(1L, collector().metrics().get("live-total").longValue(), "the swapped-out cleaner still governs the file");
            Files.writeString(go, "");
            assertEquals(0, run.get(60, TimeUnit.SECONDS), err.text());
            assertEquals("opened\nstill open, reads data\n", out.text(), "cleaner still governs it: its task's end under region would have closed it");
        } finally {
            assertTrue(runtime.swap("collector", "region", Map.of(), Duration.ofSeconds(10)).swapped());
        }
    }
}
