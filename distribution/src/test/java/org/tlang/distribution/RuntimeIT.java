package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.tlang.api.ProfileException;
import org.tlang.api.Report;
import org.tlang.api.RunRequest;
import org.tlang.api.RunResult;
import org.tlang.cli.ExitStatus;
import org.tlang.api.SwapResult;
import org.tlang.api.TlangRuntime;
import org.tlang.cli.AdminClient;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * The assembled distribution, booted once in a real Felix framework with its real bundles (the
 * same code path as {@code tlang run}), driven through the embedding API.
 */
class RuntimeIT {
    static final Path HOME = Path.of(System.getProperty("tlang.home"));
    static final Path ROOT = Path.of(System.getProperty("tlang.root"));
    static final Path SAMPLES = Path.of("src/test/resources/t").toAbsolutePath();

    static Tlang tlang;
    static TlangRuntime runtime;

    @TempDir
    Path temp;

    static Path adminDir;

    @BeforeAll
    static void boot() throws Exception {
        adminDir = Files.createTempDirectory("tlang-admin-it");
        System.setProperty("tlang.admin.dir", adminDir.toString());
        tlang = Tlang.init(BundleSet.directory(HOME), Files.readString(HOME.resolve("profiles/default.toml")), "default.toml");
        runtime = tlang.runtime();
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    @AfterEach
    void backToTheDefaultScheduler() {
        if (!"virtual".equals(runtime.bindings().get("scheduler"))) {
            assertTrue(runtime.swap("scheduler", "virtual", Map.of(), Duration.ofSeconds(10)).swapped());
        }
    }

    record Run(int status, String out, String err) {}

    static Run run(Path file, String... args) {
        return run(runtime, file, List.of(args), r -> r);
    }

    /** A run of {@code file} on {@code on}, its request made by {@code with} from a plain one, as the command line reports it. */
    static Run run(TlangRuntime on, Path file, List<String> args, java.util.function.UnaryOperator<RunRequest> with) {
        Output out = new Output();
        Output err = new Output();
        int status = status(on.run(with.apply(new RunRequest(file, args, out.stream, err.stream, false))), err);
        return new Run(status, out.text(), err.text());
    }

    /** Swaps {@code on}'s tier to {@code tier}, with its default settings. */
    static void swapTier(TlangRuntime on, String tier) {
        org.tlang.api.SwapResult r = on.swap("tier", tier, java.util.Map.of(), java.time.Duration.ofSeconds(10));
        assertTrue(r.swapped(), tier + ": " + r);
    }

    /** What the command line does with a run's result: its report to standard error, its exit status. */
    static int status(RunResult result, Output err) {
        err.stream.print(Report.run(result));
        err.stream.flush();
        return ExitStatus.of(result);
    }

    /** But the std ones, which start when a program imports their module (StdOnDemandIT). */
    @Test
    void everyBundleIsActive() {
        for (Bundle b : tlang.framework().getBundleContext().getBundles()) {
            boolean fragment = b.getHeaders().get("Fragment-Host") != null;
            if (b.getLocation().contains("/std/")) continue;
            assertEquals(fragment ? Bundle.RESOLVED : Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " state");
        }
        assertEquals("virtual", runtime.bindings().get("scheduler"));
        assertEquals("blocking", runtime.bindings().get("io"));
        assertEquals("general", runtime.bindings().get("allocator"));
        assertEquals("tiered", runtime.bindings().get("tier"));
    }

    @Test
    void stdFilesGoThroughTheBoundIoDriverAndAllocator() throws Exception {
        Path data = temp.resolve("data.txt");
        Files.writeString(data, "one\ntwo\n");
        Path program = temp.resolve("files.t");
        Files.writeString(program, """
                import std.fs;
                fn main() {
                    let f = fs.open("%s").unwrap();
                    println(f.reader().lines().unwrap());
                    f.close().unwrap();
                }
                """.formatted(data));
        long files = runtime.metrics().get("io.files-opened").longValue();
        long allocations = runtime.metrics().get("allocator.allocations").longValue();
        assertEquals(new Run(0, "[\"one\", \"two\"]\n", ""), run(program));
        assertEquals(files + 1, runtime.metrics().get("io.files-opened").longValue());
        assertEquals(allocations + 1, runtime.metrics().get("allocator.allocations").longValue());
        assertEquals(0L, runtime.metrics().get("allocator.bytes-in-use").longValue(), "the file's buffer went back at close");
    }

    @Test
    void thePooledAllocatorHandsAReleasedFileBufferToTheNextOpen() throws Exception {
        Path data = temp.resolve("pooled.txt");
        Files.writeString(data, "one\n");
        Path program = temp.resolve("pooled.t");
        Files.writeString(program, """
                import std.fs;
                fn main() {
                    for i in 0..3 {
                        let f = fs.open("%1$s").unwrap();
                        println(f.reader().read_to_str().unwrap().trim());
                        f.close().unwrap();
                    }
                }
                """.formatted(data));
        SwapResult swap = runtime.swap("allocator", "pooled", Map.of("max-free-bytes", 1L << 20), Duration.ofSeconds(5));
        try {
            assertTrue(swap.swapped(), swap.message());
            long reused = runtime.metrics().get("allocator.reused").longValue();
            assertEquals(new Run(0, "one\none\none\n", ""), run(program));
            assertTrue(runtime.metrics().get("allocator.reused").longValue() >= reused + 2, runtime.metrics().toString());
            assertEquals(0L, runtime.metrics().get("allocator.bytes-in-use").longValue());
        } finally {
            assertTrue(runtime.swap("allocator", "general", Map.of(), Duration.ofSeconds(5)).swapped());
        }
    }

    /** Files opened before a swap of the I/O driver and the allocator keep working with the ones that opened them, until closed. */
    @Test
    void filesOpenedBeforeASwapStayUsableUntilClosed() throws Exception {
        Path data = temp.resolve("before-swap.txt");
        Files.writeString(data, "one\n");
        Path written = temp.resolve("written.txt");
        Path program = temp.resolve("across.t");
        Files.writeString(program, """
                import std.fs;
                fn main() {
                    let f = fs.open("%1$s").unwrap();
                    let w = fs.create("%2$s").unwrap();
                    println("opened");
                    sleep(800);
                    println(f.reader().read_to_str().unwrap().trim());
                    w.writer().write_str("written after the swap").unwrap();
                    w.close().unwrap();
                    f.close().unwrap();
                    let again = fs.open("%2$s").unwrap();
                    println(again.reader().read_to_str().unwrap());
                    again.close().unwrap();
                }
                """.formatted(data, written));
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() ->
                status(runtime.run(new RunRequest(program, List.of(), out.stream, err.stream, false)), err));
        out.await(t -> t.contains("opened\n"), Duration.ofSeconds(20), "the files to open");
        try {
            SwapResult io = runtime.swap("io", "blocking", Map.of(), Duration.ofSeconds(5));
            SwapResult allocator = runtime.swap("allocator", "pooled", Map.of(), Duration.ofSeconds(5));
            assertTrue(io.swapped() && allocator.swapped(), io.message() + "; " + allocator.message());
            assertEquals(0, status.get(20, TimeUnit.SECONDS), err.text());
            assertEquals("opened\none\nwritten after the swap\n", out.text());
            assertEquals(0L, runtime.metrics().get("allocator.bytes-in-use").longValue(), "the third file's buffer came from pooled and went back");
        } finally {
            assertTrue(runtime.swap("allocator", "general", Map.of(), Duration.ofSeconds(5)).swapped());
        }
    }

    /** Under arena, each task's buffers come from its own chunks, freed when it ends; a file a task hands on keeps its buffer. */
    @Test
    void theArenaFreesATasksBuffersWhenItEndsAndKeepsWhatItHandsOn() throws Exception {
        Path data = temp.resolve("arena.txt");
        Files.writeString(data, "in the arena\n");
        Path program = temp.resolve("arena.t");
        Files.writeString(program, """
                import std.fs;
                fn main() {
                    let mut tasks = Vec::new();
                    for i in 0..10 {
                        tasks.push(spawn(|| {
                            let f = fs.open("%1$s").unwrap();
                            let text = f.reader().read_to_str().unwrap();
                            f.close().unwrap();
                            text.len()
                        }));
                    }
                    let mut total = 0;
                    for t in tasks { total += t.join(); }
                    println(total);
                    let kept = spawn(|| fs.open("%1$s").unwrap()).join();
                    println(kept.reader().read_to_str().unwrap().trim());
                    kept.close().unwrap();
                }
                """.formatted(data));
        Run general = run(program);
        assertTrue(runtime.swap("allocator", "arena", Map.of("chunk-bytes", 262_144L), Duration.ofSeconds(5)).swapped());
        try {
            assertEquals(new Run(0, "130\nin the arena\n", ""), run(program));
            assertEquals(general, run(program), "the same as under general");
            Map<String, Number> m = runtime.metrics();
            assertEquals(0L, m.get("allocator.bytes-in-use").longValue());
            assertTrue(m.get("allocator.bytes-reserved").longValue() <= 262_144L,
                    "every task's chunk was freed, the handed-on one at its close; what is left is the shared region's one chunk: " + m);
            assertTrue(m.get("allocator.regions").longValue() >= 22, "a region per task: " + m);
        } finally {
            assertTrue(runtime.swap("allocator", "general", Map.of(), Duration.ofSeconds(5)).swapped());
        }
    }

    /** A connection keeps the driver that opened it: opened under blocking it works after a swap to nio, and the other way round. */
    @Test
    void connectionsOpenedBeforeAnIoSwapStayUsableWithTheirDriver() throws Exception {
        Path stop = temp.resolve("stop");
        Path program = temp.resolve("echo.t");
        Files.writeString(program, """
                import std.fs;
                import std.net.{TcpListener, TcpStream};
                fn main() {
                    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
                    let addr = listener.local_addr();
                    let server = spawn(|| {
                        let conn = listener.accept().unwrap();
                        let line = conn.reader().read_line().unwrap().unwrap();
                        conn.writer().write_str("echo {line}\\n").unwrap();
                        conn.writer().flush().unwrap();
                        let accepted_after = listener.accept().unwrap();
                        let again = accepted_after.reader().read_line().unwrap().unwrap();
                        accepted_after.writer().write_str("again {again}\\n").unwrap();
                        accepted_after.writer().flush().unwrap();
                    });
                    let client = TcpStream::connect(addr).unwrap();
                    println("connected");
                    while !fs.exists("%s") { sleep(5); }
                    client.writer().write_str("before the swap\\n").unwrap();
                    client.writer().flush().unwrap();
                    println(client.reader().read_line().unwrap().unwrap());
                    let second = TcpStream::connect(addr).unwrap();
                    second.writer().write_str("after it\\n").unwrap();
                    second.writer().flush().unwrap();
                    println(second.reader().read_line().unwrap().unwrap());
                    server.join();
                }
                """.formatted(stop));
        try {
            for (String[] swap : List.of(new String[] {"blocking", "nio"}, new String[] {"nio", "blocking"})) {
                if (!swap[0].equals(runtime.bindings().get("io"))) assertTrue(runtime.swap("io", swap[0], Map.of(), Duration.ofSeconds(5)).swapped());
                Files.deleteIfExists(stop);
                Output out = new Output();
                Output err = new Output();
                CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() ->
                        status(runtime.run(new RunRequest(program, List.of(), out.stream, err.stream, false)), err));
                out.await(t -> t.contains("connected\n"), Duration.ofSeconds(20), "the connection under " + swap[0]);
                SwapResult io = runtime.swap("io", swap[1], Map.of(), Duration.ofSeconds(5));
                assertTrue(io.swapped(), io.message());
                Files.writeString(stop, "");
                assertEquals(0, status.get(20, TimeUnit.SECONDS), err.text());
                assertEquals("connected\necho before the swap\nagain after it\n", out.text(), swap[0] + " -> " + swap[1]);
                if (swap[1].equals("nio")) assertEquals(1L, runtime.metrics().get("io.connections").longValue(), "nio opened the second connection: " + runtime.metrics());
            }
        } finally {
            if (!"blocking".equals(runtime.bindings().get("io"))) assertTrue(runtime.swap("io", "blocking", Map.of(), Duration.ofSeconds(5)).swapped());
        }
    }

    /** Two versions of one implementation installed side by side: a profile's version range takes the one it names. */
    @Test
    void aProfilePinsOneOfTwoInstalledVersionsOfAnImplementation() throws Exception {
        Path second = temp.resolve("tlang-scheduler-pool-0.2.0.jar");
        try (var in = new java.util.jar.JarInputStream(Files.newInputStream(HOME.resolve("std/tlang-scheduler-pool.jar")));
             var out = new java.util.jar.JarOutputStream(Files.newOutputStream(second), versioned(in.getManifest(), "0.2.0"))) {
            for (var entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                out.putNextEntry(new java.util.jar.JarEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        Bundle installed = tlang.framework().getBundleContext().installBundle(second.toUri().toString());
        try {
            installed.start();
            runtime.compose("[scheduler]\nimpl = \"pool\"\nversion = \"[0.2,1)\"\nthreads = 2\n", "pin.toml");
            assertEquals("0.2.0", scheduler().version());
            assertEquals(installed, schedulerBundle(), "the pinned version's component serves, not the other's");
            runtime.compose("[scheduler]\nimpl = \"pool\"\nversion = \"[0.1,0.2)\"\nthreads = 2\n", "pin.toml");
            assertEquals("0.1.0", scheduler().version());
            runtime.compose("[scheduler]\nimpl = \"pool\"\nthreads = 2\n", "newest.toml");
            assertEquals("0.2.0", scheduler().version(), "without a pin, the highest version");
            ProfileException none = assertThrows(ProfileException.class,
                    () -> runtime.compose("[scheduler]\nimpl = \"pool\"\nversion = \"[3,4)\"\n", "pin.toml"));
            assertEquals("profile pin.toml: no version of scheduler 'pool' in 'scheduler.version' = \"[3,4)\" (installed: 0.2.0, 0.1.0)", none.getMessage());
            assertEquals("0.2.0", scheduler().version(), "a refused profile changes nothing");
        } finally {
            runtime.compose(Files.readString(HOME.resolve("profiles/default.toml")), "default.toml");
            installed.uninstall();
        }
        assertEquals("virtual", runtime.bindings().get("scheduler"));
    }

    private static java.util.jar.Manifest versioned(java.util.jar.Manifest manifest, String version) {
        var main = manifest.getMainAttributes();
        main.putValue("Bundle-Version", version);
        main.putValue("Provide-Capability", main.getValue("Provide-Capability").replace("version:Version=\"0.1.0\"", "version:Version=\"" + version + "\""));
        return manifest;
    }

    private static org.tlang.api.BoundSubsystem scheduler() {
        return runtime.subsystems().stream().filter(s -> s.kind().equals("scheduler")).findFirst().orElseThrow();
    }

    /** The bundle whose Scheduler service is bound now. */
    private static Bundle schedulerBundle() throws Exception {
        for (var ref : tlang.framework().getBundleContext().getServiceReferences(org.tlang.spi.scheduler.Scheduler.class, null)) {
            if ("pool".equals(ref.getProperty(org.tlang.spi.Subsystems.SERVICE_NAME))) return ref.getBundle();
        }
        return null;
    }

    /** max-bytes caps each program: two programs of one runtime each hold a 64 KiB buffer under a 100,000-byte cap. */
    @Test
    void eachProgramOfARuntimeHasAQuotaOfItsOwn() throws Exception {
        Path data = temp.resolve("shared.txt");
        Files.writeString(data, "shared\n");
        Path stop = temp.resolve("stop");
        Path holder = temp.resolve("holder.t");
        Files.writeString(holder, """
                import std.fs;
                fn main() {
                    let f = fs.open("%1$s").unwrap();
                    println("holding");
                    while !fs.exists("%2$s") { sleep(5); }
                    f.close().unwrap();
                }
                """.formatted(data, stop));
        Path second = temp.resolve("second.t");
        Files.writeString(second, """
                import std.fs;
                fn main() {
                    let f = fs.open("%1$s").unwrap();
                    println(f.reader().read_to_str().unwrap().trim());
                    match fs.open("%1$s") {
                        Ok(_) => println("opened past its own quota"),
                        Err(_) => println("its own second buffer refused"),
                    }
                    f.close().unwrap();
                }
                """.formatted(data));
        assertTrue(runtime.swap("allocator", "general", Map.of("max-bytes", 100_000L), Duration.ofSeconds(5)).swapped());
        try {
            Output out = new Output();
            Output err = new Output();
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() ->
                    status(runtime.run(new RunRequest(holder, List.of(), out.stream, err.stream, false)), err));
            out.await(t -> t.contains("holding"), Duration.ofSeconds(20), "the first program to hold its buffer");
            assertEquals(new Run(0, "shared\nits own second buffer refused\n", ""), run(second));
            Files.writeString(stop, "");
            assertEquals(0, first.get(20, TimeUnit.SECONDS), err.text());
        } finally {
            assertTrue(runtime.swap("allocator", "general", Map.of(), Duration.ofSeconds(5)).swapped());
        }
    }

    /** Past the allocator's max-bytes, the std call that needed a buffer returns an Err and keeps no file open. */
    @Test
    void anAllocatorQuotaIsAnErrOfTheCallThatAskedAndCounted() throws Exception {
        Path data = temp.resolve("quota.txt");
        Files.writeString(data, "one\n");
        Path program = temp.resolve("quota.t");
        Files.writeString(program, """
                import std.fs;
                fn main() {
                    let a = fs.open("%1$s").unwrap();
                    match fs.open("%1$s") {
                        Ok(_) => println("opened past the quota"),
                        Err(e) => println("second open: {e}"),
                    }
                    a.close().unwrap();
                    let b = fs.open("%1$s").unwrap();
                    println(b.reader().read_to_str().unwrap().trim());
                    b.close().unwrap();
                }
                """.formatted(data));
        SwapResult swap = runtime.swap("allocator", "general", Map.of("max-bytes", 100_000L), Duration.ofSeconds(5));
        try {
            assertTrue(swap.swapped(), swap.message());
            long files = runtime.metrics().get("io.files-opened").longValue();
            long refusals = runtime.metrics().get("allocator.quota-refusals").longValue();
            Run r = run(program);
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().matches("second open: Other\\(\".*quota.txt: allocator quota exceeded: 65536 bytes asked with 65536 of max-bytes = 100000 in use\"\\)\none\n"), r.out());
            assertEquals(refusals + 1, runtime.metrics().get("allocator.quota-refusals").longValue());
            assertEquals(0L, runtime.metrics().get("allocator.bytes-in-use").longValue());
            assertEquals(files + 3, runtime.metrics().get("io.files-opened").longValue(), "the refused open's file was opened and closed");
        } finally {
            assertTrue(runtime.swap("allocator", "general", Map.of(), Duration.ofSeconds(5)).swapped());
        }
    }

    @Test
    void runsHelloThroughTheKernel() {
        Run run = run(ROOT.resolve("examples/hello.t"));
        assertEquals(new Run(0, "Hello from T!\n", ""), run);
    }

    @Test
    void typeErrorIsReportedWithPositionAndCaret() throws Exception {
        Path bad = temp.resolve("bad.t");
        Files.writeString(bad, "fn main() {\n    let x: Int = \"one\";\n    println(x);\n}\n");
        Run run = run(bad);
        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("bad.t:2:18"), run.err());
        assertTrue(run.err().contains("    let x: Int = \"one\";"), run.err());
        assertTrue(run.err().contains("^"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(1, runtime.check(bad).errors());
    }

    @Test
    void spawnAndJoinRunOnEachScheduler() {
        assertEquals(new Run(0, "10100\n", ""), run(SAMPLES.resolve("spawn_sum.t")));
        assertTrue(runtime.swap("scheduler", "pool", Map.of("threads", 2L), Duration.ofSeconds(5)).swapped());
        assertEquals(new Run(0, "10100\n", ""), run(SAMPLES.resolve("spawn_sum.t")));
        SwapResult stealing = runtime.swap("scheduler", "work-stealing", Map.of("parallelism", 2L), Duration.ofSeconds(5));
        assertTrue(stealing.swapped(), stealing.message());
        assertEquals(new Run(0, "10100\n", ""), run(SAMPLES.resolve("spawn_sum.t")));
        SwapResult bad = runtime.swap("scheduler", "work-stealing", Map.of("parallelism", 0L - 2), Duration.ofSeconds(5));
        assertFalse(bad.swapped());
        assertTrue(bad.message().contains("'scheduler.parallelism' must be between 0 and 4096, got -2"), bad.message());
        assertEquals("work-stealing", runtime.bindings().get("scheduler"));
    }

    @Test
    void swapsTheSchedulerWhileAThousandTasksAreInFlight() throws Exception {
        int n = 1000;
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> status(runtime.run(new RunRequest(
                SAMPLES.resolve("swap_in_flight.t"), List.of(String.valueOf(n)), out.stream, err.stream, false)), err));
        out.await(t -> t.contains("spawned " + n), Duration.ofSeconds(30), "the first batch to be spawned");

        SwapResult swap = runtime.swap("scheduler", "pool", Map.of("threads", 8L), Duration.ofSeconds(20));

        assertTrue(swap.swapped(), swap.message());
        assertTrue(swap.drained(), swap.message());
        assertEquals("virtual", swap.from());
        assertEquals("pool", runtime.bindings().get("scheduler"));
        assertEquals(0, status.get(60, TimeUnit.SECONDS), err.text());
        long first = 0;
        long second = 0;
        for (long i = 0; i < n; i++) first += i * i;
        for (long i = n; i < 2L * n; i++) second += i * i;
        assertEquals("spawned " + n + "\nfirst " + first + "\nspawned " + n + "\nsecond " + second + "\n", out.text());
    }

    @Test
    void aHundredThousandTasksSleepAtOnce() {
        int n = 100_000;
        long sum = 0;
        for (int k = 0; k < n; k++) sum += k % 7;
        long t0 = System.nanoTime();
        assertEquals(new Run(0, sum + "\n", ""), run(SAMPLES.resolve("sleepers.t"), String.valueOf(n)));
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        assertTrue(seconds < 100, "each task sleeps 1 s; one after another they would take 100,000 s, took " + seconds);
    }

    @Test
    void aSettingOutsideItsMetatypeRangeIsRefusedWithTheOldOneServing() {
        SwapResult swap = runtime.swap("scheduler", "pool", Map.of("threads", -3L), Duration.ofSeconds(5));

        assertFalse(swap.swapped());
        assertTrue(swap.message().contains("'scheduler.threads' must be between 0 and 4096, got -3"), swap.message());
        assertTrue(swap.message().contains("'virtual' keeps serving"), swap.message());
        assertEquals("virtual", runtime.bindings().get("scheduler"));
        assertEquals(new Run(0, "10100\n", ""), run(SAMPLES.resolve("spawn_sum.t")));
    }

    @Test
    void aSwapToAnUnknownImplementationOrSettingIsRefused() {
        SwapResult unknown = runtime.swap("scheduler", "fibers", Map.of(), Duration.ofSeconds(1));
        assertFalse(unknown.swapped());
        assertTrue(unknown.message().contains("unknown implementation 'fibers'"), unknown.message());
        assertTrue(unknown.message().contains("pool, virtual"), unknown.message());

        SwapResult badKey = runtime.swap("scheduler", "pool", Map.of("thread", 4L), Duration.ofSeconds(1));
        assertFalse(badKey.swapped());
        assertTrue(badKey.message().contains("unknown key 'scheduler.thread'"), badKey.message());
        assertEquals("virtual", runtime.bindings().get("scheduler"));
    }

    @Test
    void aBadProfileNamesTheKeyAndChangesNothing() {
        ProfileException key = assertThrows(ProfileException.class,
                () -> runtime.compose("[scheduler]\nimpl = \"virtual\"\nspeed = 3\n", "fast.toml"));
        assertTrue(key.getMessage().contains("fast.toml"), key.getMessage());
        assertTrue(key.getMessage().contains("'scheduler.speed'"), key.getMessage());

        ProfileException table = assertThrows(ProfileException.class,
                () -> runtime.compose("[schedular]\nimpl = \"virtual\"\n", "typo.toml"));
        assertTrue(table.getMessage().contains("unknown table '[schedular]'"), table.getMessage());

        ProfileException impl = assertThrows(ProfileException.class,
                () -> runtime.compose("[scheduler]\nimpl = \"green\"\n", "green.toml"));
        assertTrue(impl.getMessage().contains("unknown implementation 'green' for 'scheduler.impl'"), impl.getMessage());

        ProfileException syntax = assertThrows(ProfileException.class,
                () -> runtime.compose("[scheduler\nimpl = 1\n", "broken.toml"));
        assertTrue(syntax.getMessage().startsWith("profile broken.toml:1:"), syntax.getMessage());

        for (String value : List.of("5", "\"\"")) {
            ProfileException text = assertThrows(ProfileException.class,
                    () -> runtime.compose("[scheduler]\nimpl = \"virtual\"\n[http]\nca-file = " + value + "\n", "ca.toml"));
            assertTrue(text.getMessage().contains("'http.ca-file' must be a non-empty string"), text.getMessage());
        }

        assertEquals("virtual", runtime.bindings().get("scheduler"));
    }

    @Test
    void aProfileSwapsTheSchedulerOfARunningRuntime() throws Exception {
        runtime.compose(Files.readString(HOME.resolve("profiles/cpu-pool.toml")), "cpu-pool.toml");
        assertEquals("pool", runtime.bindings().get("scheduler"));
        assertEquals(new Run(0, "10100\n", ""), run(SAMPLES.resolve("spawn_sum.t")));
    }

    @Test
    void theDeterministicProfileInterleavesTasksTheSameWayEveryRun() throws Exception {
        runtime.compose(Files.readString(HOME.resolve("profiles/deterministic.toml")), "deterministic.toml");
        try {
            assertEquals("deterministic", runtime.bindings().get("scheduler"));
            Run first = run(SAMPLES.resolve("interleaved.t"));
            assertEquals(0, first.status(), first.err());
            List<String> lines = first.out().lines().toList();
            assertEquals(4 * 5 * 2 + 1, lines.size(), first.out());
            assertTrue(lines.indexOf("got 0.0") < lines.indexOf("worker 3 step 4"), "workers and printer interleave: " + first.out());
            for (int i = 2; i <= 5; i++) {
                assertEquals(first, run(SAMPLES.resolve("interleaved.t")), "run " + i + " printed another interleaving");
            }
        } finally {
            runtime.compose(Files.readString(HOME.resolve("profiles/default.toml")), "default.toml");
        }
    }

    @Test
    void aProfileWhoseImplementationFailsToStartChangesNothing() throws Exception {
        ProfileException e = assertThrows(ProfileException.class,
                () -> runtime.compose("[scheduler]\nimpl = \"pool\"\nthreads = 5000\n", "huge.toml"));
        assertTrue(e.getMessage().contains("huge.toml") && e.getMessage().contains("got 5000"), e.getMessage());
        assertEquals("virtual", runtime.bindings().get("scheduler"));
        assertEquals(new Run(0, "10100\n", ""), run(SAMPLES.resolve("spawn_sum.t")));
    }

    @Test
    void composingTheDefaultProfileUndoesALiveSwap() throws Exception {
        assertTrue(runtime.swap("scheduler", "pool", Map.of("threads", 3L), Duration.ofSeconds(5)).swapped());
        runtime.compose(Files.readString(HOME.resolve("profiles/default.toml")), "default.toml");
        assertEquals("virtual", runtime.bindings().get("scheduler"));
    }

    @Test
    void reloadsAWatchedModuleKeepingItsState() throws Exception {
        Path app = temp.resolve("ticker.t");
        Files.writeString(app, ticker("v1", "true"));
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() ->
                status(runtime.run(new RunRequest(app, List.of(), out.stream, err.stream, true)), err));
        out.await(t -> t.contains("v1 3\n"), Duration.ofSeconds(20), "v1 to tick three times");

        Files.writeString(app, ticker("v1", "true") + "fn broken() -> Int { \"not an int\" }\n");
        err.await(t -> t.contains("ticker.t:"), Duration.ofSeconds(20), "the refused reload's diagnostic");
        String beforeGood = out.text();
        out.await(t -> t.length() > beforeGood.length() + 10, Duration.ofSeconds(20), "v1 to keep serving");

        Files.writeString(app, ticker("v2", "false"));
        assertEquals(0, status.get(30, TimeUnit.SECONDS), err.text());

        List<String> lines = out.text().lines().toList();
        String last = lines.getLast();
        assertTrue(last.startsWith("v2 "), out.text());
        for (int i = 0; i < lines.size() - 1; i++) {
            assertEquals("v1 " + (i + 1), lines.get(i), "v1 lines count up from 1");
        }
        assertEquals("v2 " + lines.size(), last, "the static kept its value across the reload");
    }

    @Test
    void theAdminChannelReloadsPatchesRollsBackAndSwaps() throws Exception {
        Path app = temp.resolve("svc.t");
        Files.writeString(app, ticker("v1", "true"));
        Path stale = adminDir.resolve(Long.MAX_VALUE + ".sock"); // a killed runtime's leftover
        Files.writeString(stale, "");
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() ->
                status(runtime.run(new RunRequest(app, List.of(), out.stream, err.stream, false)), err));
        out.await(t -> t.contains("v1 3\n"), Duration.ofSeconds(20), "v1 to tick");
        AdminClient admin = new AdminClient(adminDir);
        assertFalse(Files.exists(stale), "the channel removes sockets of processes that no longer run");
        long pid = ProcessHandle.current().pid();
        assertEquals(List.of(pid), admin.runtimes());

        AdminClient.Answer state = admin.send(pid, List.of("status"), "");
        assertEquals(0, state.status(), state.text());
        assertTrue(state.text().contains("scheduler=virtual") && state.text().contains("svc.t (1 modules)"), state.text());
        boolean compiling = !state.text().contains("tier=interp"); // an earlier test may have swapped the tier
        assertTrue(Pattern.compile("(?m)^scheduler: virtual \\d+\\.\\d+\\.\\d+, metrics tasks-in-flight=\\d+ tasks-spawned=\\d+$").matcher(state.text()).find(), state.text());
        assertTrue(Pattern.compile("(?m)^allocator: general \\S+, metrics bytes-in-use=\\d+ ").matcher(state.text()).find(), state.text());
        assertEquals(compiling, Pattern.compile("(?m)^tier: (tiered|jit) \\S+, metrics compiled=\\d+ .*failed=0").matcher(state.text()).find(), state.text());

        Files.writeString(app, ticker("v2", "true"));
        AdminClient.Answer reload = admin.send(pid, List.of("reload", app.toString()), "");
        assertEquals(0, reload.status(), reload.text());
        assertTrue(reload.text().startsWith("reloaded svc") && reload.text().contains("kept ticks"), reload.text());
        out.await(t -> t.contains("v2 "), Duration.ofSeconds(20), "v2 to serve");

        AdminClient.Answer patch = admin.send(pid, List.of("patch", "svc", "label"), "fn label() -> Str { \"patched\" }");
        assertEquals(0, patch.status(), patch.text());
        out.await(t -> t.contains("patched "), Duration.ofSeconds(20), "the patched function to serve");
        AdminClient.Answer badPatch = admin.send(pid, List.of("patch", "svc", "label"), "fn label() -> Int { 2 }");
        assertEquals(1, badPatch.status());
        assertTrue(badPatch.text().contains("changes the signature"), badPatch.text());

        AdminClient.Answer rollback = admin.send(pid, List.of("rollback", "svc"), "");
        assertEquals(0, rollback.status(), rollback.text());
        int mark = out.text().length();
        out.await(t -> t.substring(mark).contains("v2 "), Duration.ofSeconds(20), "v2 to serve again after the rollback");
        AdminClient.Answer versions = admin.send(pid, List.of("versions"), "");
        assertTrue(versions.text().contains("svc v4") && versions.text().contains("can roll back to v1"), versions.text());

        AdminClient.Answer swap = admin.send(pid, List.of("swap", "scheduler", "pool", "threads=2"), "");
        assertEquals(0, swap.status(), swap.text());
        assertEquals("pool", runtime.bindings().get("scheduler"));
        AdminClient.Answer badApply = admin.send(pid, List.of("apply", "bad.toml"), "[scheduler]\nimpl = \"pool\"\nthreads = \"x\"\n[tier]\nimpl = \"nope\"\n");
        assertEquals(1, badApply.status(), badApply.text());
        assertEquals(List.of("error: profile bad.toml: 'scheduler.threads' must be an integer, not \"x\"",
                "error: profile bad.toml: unknown implementation 'nope' for 'tier.impl' (available: interp, jit, tiered, wasm)", "nothing changed"),
                badApply.text().lines().toList());
        AdminClient.Answer applied = admin.send(pid, List.of("apply", "more-threads.toml"),
                "[scheduler]\nimpl = \"pool\"\nthreads = 3\n[allocator]\nimpl = \"pooled\"\n");
        assertEquals(0, applied.status(), applied.text());
        assertTrue(applied.text().startsWith("applied more-threads.toml\n")
                && applied.text().contains("scheduler: pool 0.1.0 (threads=2) -> pool 0.1.0 (threads=3)\n")
                && applied.text().contains("allocator: general 0.1.0 -> pooled 0.1.0\n"), applied.text());
        assertEquals("pooled", runtime.bindings().get("allocator"));
        assertTrue(admin.send(pid, List.of("apply", "back.toml"), "[scheduler]\nimpl = \"pool\"\nthreads = 2\n[allocator]\nimpl = \"general\"\n")
                .text().contains("allocator: pooled 0.1.0 -> general 0.1.0"));
        AdminClient.Answer swapped = admin.send(pid, List.of("status"), "");
        assertTrue(Pattern.compile("(?m)^scheduler: pool \\S+, settings threads=2, metrics ").matcher(swapped.text()).find(), swapped.text());

        assertEquals(0, admin.send(pid, List.of("patch", "svc", "keep_going"), "fn keep_going() -> Bool { false }").status());
        assertEquals(0, status.get(30, TimeUnit.SECONDS), err.text());
        List<String> lines = out.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).endsWith(" " + (i + 1)), "the counter survives every switch: " + lines);
        }
        assertEquals(List.of(), admin.runtimes(), "the channel closes when no program runs");
    }

    /** A module whose state is a counter; {@code keepGoing} says whether main's loop continues. */
    private static String ticker(String version, String keepGoing) {
        return """
                static mut ticks: Int = 0;

                fn label() -> Str { "%s" }

                fn keep_going() -> Bool { %s }

                fn main() {
                    loop {
                        ticks += 1;
                        println("{label()} {ticks}");
                        if !keep_going() { break; }
                        sleep(10);
                    }
                }
                """.formatted(version, keepGoing);
    }
}
