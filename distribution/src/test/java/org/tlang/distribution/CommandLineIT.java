package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code tlang} command as a user runs it: a separate JVM, exit status, stdout and stderr. */
class CommandLineIT {
    static final Path HOME = RuntimeIT.HOME;
    static final Path ROOT = RuntimeIT.ROOT;
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path temp;

    record Result(int status, String out, String err) {}

    /** The launcher's command line as the {@code tlang} script builds it, with {@code jvmOptions} (such as -D) added. */
    static List<String> launcher(String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(JAVA, "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Dtlang.home=" + HOME));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", HOME.resolve("lib") + "/*", "org.tlang.cli.Main"));
        return command;
    }

    /** Runs the launcher the way the {@code tlang} script does. */
    static Result tlang(String... args) throws Exception {
        List<String> command = launcher();
        command.addAll(List.of(args));
        return exec(command);
    }

    static Result exec(List<String> command) throws IOException, InterruptedException {
        return exec(command, new java.io.File("/dev/null"));
    }

    /** Fails the test, instead of hanging it, when the command runs longer than a minute. */
    static Result exec(List<String> command, java.io.File stdin) throws IOException, InterruptedException {
        try (Launched p = new Launched(command, stdin)) {
            if (!p.exited(60)) fail("did not exit within 60 s: " + command.subList(command.indexOf("org.tlang.cli.Main") + 1, command.size())
                    + "\nstdout: " + p.out.text() + "\nstderr: " + p.err.text());
            return new Result(p.process.exitValue(), p.out.text(), p.err.text());
        }
    }

    /**
     * The AOT cache as the {@code tlang} script trains it (on aot/train.t) serves a later run: the
     * host's classes, Felix's, and the classes the bundles' own loaders define (the kernel) come from
     * it, not from their jars.
     */
    @Test
    void anAotCacheTrainedOnTrainTServesTheRuntimesClasses() throws Exception {
        Path cache = temp.resolve("tlang.aot");
        List<String> train = launcher("-XX:AOTCacheOutput=" + cache, "-Xlog:aot*=off,cds*=off");
        train.addAll(List.of("run", HOME.resolve("aot/train.t").toString()));
        Result trained = exec(train);
        assertEquals(0, trained.status(), trained.err());
        assertTrue(Files.size(cache) > 1_000_000, "a cache of " + Files.size(cache) + " bytes");

        List<String> run = launcher("-XX:AOTCache=" + cache, "-Xlog:class+load=info:file=" + temp.resolve("classes.log"));
        run.addAll(List.of("run", "examples/hello.t"));
        Result hello = exec(run);
        assertEquals(new Result(0, "Hello from T!\n", ""), hello);
        String classes = Files.readString(temp.resolve("classes.log"));
        for (String type : List.of("org.tlang.embed.Tlang", "org.apache.felix.framework.Felix", "org.tlang.kernel.Kernel",
                "ch.qos.logback.classic.LoggerContext")) {
            assertTrue(classes.contains(type + " source: shared objects file"), type + " not from the AOT cache");
        }
    }

    /** Every profile shipped passes its dry run, which names each implementation it would start. */
    @Test
    void everyShippedProfilePassesProfileCheck() throws Exception {
        List<Path> profiles;
        try (var files = Files.list(HOME.resolve("profiles"))) {
            profiles = files.filter(f -> f.toString().endsWith(".toml")).sorted().toList();
        }
        assertTrue(profiles.size() >= 5, profiles.toString());
        for (Path profile : profiles) {
            Result r = tlang("profile", "check", profile.toString());
            assertEquals(0, r.status(), profile + ": " + r.err());
            assertTrue(r.out().startsWith("profile " + profile + " is valid") && r.out().contains("  scheduler: "), r.out());
        }
        Result server = tlang("profile", "check", HOME.resolve("profiles/server.toml").toString());
        assertTrue(server.out().contains("scheduler: work-stealing 0.1.0, settings parallelism=4: starts (bundle org.tlang.scheduler.stealing)"), server.out());
        assertTrue(server.out().contains("io: nio 0.1.0, settings loops=2"), server.out());
    }

    /** A bad profile: every error, each naming its key, exit status 1, and no Java trace. */
    @Test
    void profileCheckNamesEveryErrorOfABadProfile() throws Exception {
        Path bad = temp.resolve("bad.toml");
        Files.writeString(bad, """
                [scheduler]
                impl = "pool"
                threads = "four"
                speed = 3

                [allocator]
                impl = "arenaa"

                [tier]
                impl = "tiered"
                version = "[2.0,3)"

                [shutdown]
                drain-ms = 0
                grace-ms = 5

                [colour]
                x = 1
                """);
        Result r = tlang("profile", "check", bad.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals(List.of(
                "error: profile " + bad + ": 'scheduler.threads' must be an integer, not \"four\"",
                "error: profile " + bad + ": unknown key 'scheduler.speed': scheduler 'pool' takes threads",
                "error: profile " + bad + ": unknown implementation 'arenaa' for 'allocator.impl' (available: arena, general, pooled)",
                "error: profile " + bad + ": no version of tier 'tiered' in 'tier.version' = \"[2.0,3)\" (installed: 0.1.0)",
                "error: profile " + bad + ": 'shutdown.drain-ms' must be a positive integer, not 0",
                "error: profile " + bad + ": unknown key 'shutdown.grace-ms' (known: drain-ms)",
                "error: profile " + bad + ": unknown table '[colour]' (known: runtime, shutdown, sandbox, log, telemetry, allocator, collector, scheduler, io, ffi, tier, cluster, http)"),
                r.err().lines().toList());

        Files.writeString(bad, "[scheduler]\nimpl = \"pool\"\nthreads = = 4\n");
        Result malformed = tlang("profile", "check", bad.toString());
        assertEquals(1, malformed.status());
        assertTrue(malformed.err().startsWith("error: profile " + bad + ":3:"), malformed.err());
        assertFalse(malformed.err().contains("\tat "), malformed.err());

        Result missing = tlang("profile", "check", temp.resolve("none.toml").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().startsWith("error: cannot read profile "), missing.err());
    }

    @Test
    void runsHello() throws Exception {
        assertEquals(new Result(0, "Hello from T!\n", ""), tlang("run", "examples/hello.t"));
    }

    @Test
    void theExecutableJarRunsHello() throws Exception {
        Result r = exec(List.of(JAVA, "-jar", HOME.resolveSibling("tlang.jar").toString(), "run", "examples/hello.t"));
        assertEquals(0, r.status(), r.err());
        assertEquals("Hello from T!\n", r.out());
    }

    @Test
    void theDeterministicSchedulerStartsFromTheJarAndWithoutItsJvmOptionSaysWhichIsMissing() throws Exception {
        String profile = HOME.resolve("profiles/deterministic.toml").toString();
        Result jar = exec(List.of(JAVA, "-jar", HOME.resolveSibling("tlang.jar").toString(), "run", "--profile", profile, "examples/hello.t"));
        assertEquals(0, jar.status(), "the jar's manifest opens java.lang (Add-Opens): " + jar.err());
        assertEquals("Hello from T!\n", jar.out());

        List<String> command = launcher();
        command.remove("--add-opens");
        command.remove("java.base/java.lang=ALL-UNNAMED");
        command.addAll(List.of("run", "--profile", profile, "examples/hello.t"));
        Result refused = exec(command);
        assertEquals(1, refused.status(), refused.err());
        assertTrue(refused.err().contains("scheduler 'deterministic' 0.1.0 failed to start: the deterministic scheduler needs the JVM option "
                + "--add-opens java.base/java.lang=ALL-UNNAMED"), refused.err());
    }

    @Test
    void passesArgumentsToMain() throws Exception {
        Path app = temp.resolve("args.t");
        Files.writeString(app, "fn main(args: Vec<Str>) {\n    println(args.len());\n    println(args[1]);\n}\n");
        assertEquals(new Result(0, "2\n--x\n", ""), tlang("run", app.toString(), "10", "--x"));
    }

    @Test
    void aCompileErrorExitsOneWithPositionAndCaret() throws Exception {
        Path bad = temp.resolve("typo.t");
        Files.writeString(bad, "fn main() {\n    let n: Int = 1 + true;\n}\n");
        Result r = tlang("run", bad.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("typo.t:2:"), r.err());
        assertTrue(r.err().contains("^"), r.err());
        assertFalse(r.err().contains("at org."), "no Java stack trace: " + r.err());
        assertEquals(1, tlang("check", bad.toString()).status());
        assertEquals(0, tlang("check", "examples/hello.t").status());
    }

    @Test
    void aPanicExitsWith101AndATStackTrace() throws Exception {
        Path app = temp.resolve("boom.t");
        Files.writeString(app, "fn divide(a: Int, b: Int) -> Int {\n    a / b\n}\n\nfn main() {\n    println(divide(1, 0));\n}\n");
        Result r = tlang("run", app.toString());
        assertEquals(101, r.status());
        assertTrue(r.err().startsWith("panic: division by zero"), r.err());
        assertTrue(r.err().contains("at boom.divide (") && r.err().contains("boom.t:2:"), r.err());
        assertFalse(r.err().contains("at org."), "no Java stack trace: " + r.err());
    }

    /**
     * Runaway recursion ends as the T panic on every tier, in main and in a spawned task (on jit it
     * used to hang for minutes, then die with NoClassDefFoundError). Typically 1-2 s each.
     */
    @Test
    void runawayRecursionIsAStackOverflowPanicOnEveryTier() throws Exception {
        Path main = temp.resolve("runaway.t");
        Files.writeString(main, "fn f(n: Int) -> Int {\n    f(n + 1) + 1\n}\n\nfn main() {\n    println(f(0));\n}\n");
        Path task = temp.resolve("runaway_task.t");
        Files.writeString(task, "fn f(n: Int) -> Int {\n    f(n + 1) + 1\n}\n\nfn main() {\n    let t = spawn(|| f(0));\n    println(t.join());\n}\n");
        for (String tier : List.of("interp", "jit", "tiered")) {
            for (Path app : List.of(main, task)) {
                long t0 = System.nanoTime();
                Result r = tlang("run", "--tier", tier, app.toString());
                String what = tier + " " + app.getFileName() + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms): " + r.err();
                assertEquals(101, r.status(), what);
                assertTrue(r.err().startsWith("panic: stack overflow\n"), what);
                String name = app.getFileName().toString().replace(".t", "");
                assertTrue(r.err().contains("at " + name + ".f (" + app + ":2:"), what);
                assertFalse(r.err().contains("at org.") || r.err().contains("Error") || r.err().contains("Exception"), what);
                assertEquals("", r.out(), what);
            }
        }
    }

    /**
     * process.exit(status) from main, from a spawned task (main waiting in a join) and from an HTTP
     * handler (main waiting on the server) ends `tlang run` with that status on every tier: nothing
     * after the call runs, the program's resources close as at a normal end (a buffered write
     * reaches its file), and no Java trace shows. In the REPL it ends the session with the status.
     */
    @Test
    void processExitEndsTheRunWithItsStatusFromMainATaskOrAHandlerOnEveryTier() throws Exception {
        Path data = temp.resolve("written.txt");
        Path fromMain = temp.resolve("exit_main.t");
        Files.writeString(fromMain, """
                import std.fs;
                import std.process;

                fn main() {
                    let f = fs.create("%s").unwrap();
                    f.writer().write_str("kept").unwrap();
                    println("before");
                    process.exit(3);
                    println("after");
                }
                """.formatted(data));
        Path fromTask = temp.resolve("exit_task.t");
        Files.writeString(fromTask, """
                import std.process;

                fn main() {
                    let t = spawn(|| { sleep(50); println("task"); process.exit(42); println("task after"); });
                    t.join();
                    println("main after");
                }
                """);
        Path fromHandler = temp.resolve("exit_handler.t");
        Files.writeString(fromHandler, """
                import std.http;
                import std.http.{Router, Request, Response};
                import std.process;

                fn stop(req: Request) -> Response {
                    process.exit(9);
                    Response::text(200, "not this")
                }

                fn main() {
                    let router = Router::new().get("/stop", stop);
                    let server = http.serve("127.0.0.1", 0, router).unwrap();
                    let url = server.url();
                    spawn(|| { let r = http.get("{url}/stop"); println("client got {r.is_ok()}"); });
                    server.wait();
                    println("main after");
                }
                """);
        for (String tier : List.of("interp", "jit", "tiered")) {
            Files.deleteIfExists(data);
            assertEquals(new Result(3, "before\n", ""), tlang("run", "--tier", tier, fromMain.toString()), tier);
            assertEquals("kept", Files.readString(data), tier + ": the file closed (flushed) at the exit");
            assertEquals(new Result(42, "task\n", ""), tlang("run", "--tier", tier, fromTask.toString()), tier);
            Result r = tlang("run", "--tier", tier, fromHandler.toString());
            assertEquals(9, r.status(), tier + ": " + r);
            assertFalse(r.out().contains("main after") || r.out().contains("not this"), tier + ": " + r);
            assertFalse(r.err().contains("at org.") || r.err().contains("Exception") || r.err().contains("Error"), tier + ": " + r.err());
        }
        Path input = temp.resolve("repl-exit.txt");
        Files.writeString(input, "import std.process;\nprintln(\"in\");\nprocess.exit(6);\nprintln(\"not this\");\n");
        List<String> command = launcher();
        command.add("repl");
        Result repl = exec(command, input.toFile());
        assertEquals(6, repl.status(), repl.toString());
        assertTrue(repl.out().contains("in\n") && !repl.out().contains("not this"), repl.out());
        assertEquals("", repl.err());
    }

    @Test
    void deeplyNestedSourceIsOneErrorOrRunsWithoutHanging() throws Exception {
        // 100,000 nested brackets took over 120 s (quadratic); 10,000 nested closures too
        Path brackets = temp.resolve("brackets.t");
        Files.writeString(brackets, "fn main() {\n    let v = " + "[".repeat(100_000) + "1" + "]".repeat(100_000) + ";\n    println(v.len());\n}\n");
        for (String command : List.of("check", "run")) {
            Result r = tlang(command, brackets.toString());
            assertEquals(1, r.status(), command + ": " + r.err());
            assertTrue(r.err().startsWith("error: nesting too deep: more than 20000 nested expressions, types or patterns\n --> " + brackets + ":2:"), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("at org."), r.err());
        }
        Path closures = temp.resolve("closures.t");
        Files.writeString(closures, "fn main() {\n    let f = " + "|| ".repeat(10_000) + "7;\n    println(f" + "()".repeat(10_000) + ");\n}\n");
        for (String tier : List.of("interp", "jit", "tiered")) {
            assertEquals(new Result(0, "7\n", ""), tlang("run", "--tier", tier, closures.toString()), tier);
        }
    }

    @Test
    void aBadProfileNamesTheKey() throws Exception {
        Path profile = temp.resolve("bad.toml");
        Files.writeString(profile, "[scheduler]\nimpl = \"pool\"\nthread = 4\n");
        Result r = tlang("run", "--profile", profile.toString(), "examples/hello.t");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("unknown key 'scheduler.thread'") && r.err().contains("bad.toml"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsAClearError() throws Exception {
        Result r = tlang("run", "examples/nope.t");
        assertEquals(1, r.status());
        assertEquals("error: cannot read examples/nope.t: no such file\n", r.err());
    }

    @Test
    void aFifoOrADeviceAsTheProgramIsAnErrorNotAHang() throws Exception {
        Path fifo = temp.resolve("fifo.t");
        try {
            assumeTrue(exec(List.of("mkfifo", fifo.toString())).status() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo: " + e.getMessage());
        }
        // opening a FIFO for reading blocks until a writer comes, and none does: a hang fails in exec
        for (String command : List.of("run", "check", "test")) {
            assertEquals(new Result(1, "", "error: cannot read " + fifo + ": is not a regular file (a FIFO, socket or device)\n"),
                    tlang(command, fifo.toString()), command);
        }
        for (String command : List.of("run", "check")) {
            assertEquals(new Result(1, "", "error: cannot read /dev/null: is not a regular file (a FIFO, socket or device)\n"),
                    tlang(command, "/dev/null"), command);
        }
    }

    @Test
    void adminOfAPidThatDoesNotRunIsAnError() throws Exception {
        Process gone = new ProcessBuilder(JAVA, "-version").start();
        gone.waitFor();
        assertEquals(new Result(1, "", "error: no process with pid " + gone.pid() + " is running\n"),
                tlang("admin", "--pid", String.valueOf(gone.pid()), "status"));
    }

    @Test
    void adminReloadOfAMissingFileIsRefusedAndTheProgramRunsOn() throws Exception {
        Path admin = temp.resolve("admin");
        Path app = temp.resolve("ticker.t");
        Files.writeString(app, """
                static mut ticks: Int = 0;

                fn main() {
                    loop {
                        ticks += 1;
                        println("tick {ticks}");
                        sleep(20);
                    }
                }
                """);
        List<String> run = launcher("-Dtlang.admin.dir=" + admin);
        run.addAll(List.of("run", app.toString()));
        try (Launched program = new Launched(run)) {
            program.out.await(t -> t.contains("tick 3\n"), Duration.ofSeconds(30), "the program to tick");
            Path missing = temp.resolve("missing.t");
            List<String> reload = launcher("-Dtlang.admin.dir=" + admin);
            reload.addAll(List.of("admin", "reload", missing.toString()));
            Result r = exec(reload);
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().startsWith("reload of missing refused; the old version keeps running\n"
                    + "error: cannot read " + missing + ": no such file\n"), r.err());
            assertEquals("", r.out());
            int mark = program.out.text().length();
            program.out.await(t -> t.substring(mark).contains("\n"), Duration.ofSeconds(10), "the program to tick on");
            assertEquals("", program.err.text());
            assertTrue(program.process.isAlive());
        }
    }

    @Test
    void runsTestFunctionsAndCountsThem() throws Exception {
        Result passing = tlang("test", "examples/tested");
        assertEquals(0, passing.status(), passing.err());
        assertTrue(passing.out().endsWith("2 passed, 0 failed\n"), passing.out());

        Path failing = temp.resolve("failing.t");
        Files.writeString(failing, "test fn good() { assert_eq(2 + 2, 4); }\n\ntest fn bad() { assert_eq(1, 2); }\n");
        Result r = tlang("test", failing.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("failing.bad ... FAILED"), r.out());
        assertTrue(r.out().endsWith("1 passed, 1 failed\n"), r.out());
    }

    @Test
    void theReplEvaluatesLineByLine() throws Exception {
        Path input = temp.resolve("input.txt");
        Files.writeString(input, "let x = 2\nfn f(n: Int) -> Int {\n    n * 21\n}\nf(x)\n:type f\nx / 0\n\"still {x}\"\n:quit\n");
        List<String> command = launcher();
        command.add("repl");
        Result r = exec(command, input.toFile());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("42\n"), r.out());
        assertTrue(r.out().contains("fn(Int) -> Int\n"), r.out());
        assertTrue(r.out().contains("still 2\n"), "a panic keeps the session alive: " + r.out());
        assertTrue(r.err().contains("panic: division by zero"), r.err());
        assertFalse(r.err().contains("WARNING"), r.err());
    }

    @Test
    void aScriptReadsStdinAndRunsAChildProcess() throws Exception {
        Path input = temp.resolve("lines.txt");
        Files.writeString(input, "pear\napple\nfig\n");
        List<String> command = launcher();
        command.addAll(List.of("run", "examples/sort-lines.t"));
        assertEquals(new Result(0, "1. apple\n2. fig\n3. pear\n", "3 lines\n"), exec(command, input.toFile()));
    }

    @Test
    void aFullDiskIsAnErrNamingTheFileAndWriteAtomicLeavesNothingHalfWritten() throws Exception {
        Path program = temp.resolve("full.t");
        Files.writeString(program, """
                import std.fs;
                fn main() {
                    let big = "x".repeat(1048576);
                    println(fs.write_str("%1$s/plain.bin", big));
                    println(fs.write_atomic("%1$s/atomic.bin", big.bytes()));
                    let f = fs.create("%1$s/stream.bin").unwrap();
                    let w = f.writer();
                    let mut r = Ok(());
                    let mut k = 0;
                    while k < 1024 && r.is_ok() { r = w.write_str("x".repeat(1024)); k += 1; }
                    println(r.is_err());
                    println(f.close().is_err());   // what is still buffered cannot be written either
                    println(fs.list_dir("%1$s").unwrap());
                }
                """.formatted(temp));
        // a file size limit of 200 KiB stands in for a full disk: the JVM ignores SIGXFSZ, so a write past it fails with EFBIG
        List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -f 200; exec \"$@\"", "tlang"));
        command.addAll(launcher());
        command.addAll(List.of("run", program.toString()));
        Result r = exec(command);
        assertEquals(0, r.status(), r.err());
        assertEquals("Err(Other(\"" + temp + "/plain.bin: File too large\"))\n"
                + "Err(Other(\"" + temp + "/atomic.bin: File too large\"))\n"
                + "true\ntrue\n[\"full.t\", \"plain.bin\", \"stream.bin\"]\n", r.out());
    }

    @Test
    void printsTheVersion() throws Exception {
        assertEquals(new Result(0, "tlang 0.1.0-SNAPSHOT\n", ""), tlang("version"));
    }

    @Test
    void everyCommandHasHelpAndTheUsageListsThemAll() throws Exception {
        List<String> commands = List.of("run", "check", "test", "repl", "new", "admin", "version");
        for (String command : commands) {
            Result r = tlang(command, "--help");
            assertEquals(0, r.status(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: tlang " + command), r.out());
        }
        Result help = tlang("help");
        assertEquals(0, help.status(), help.err());
        Result bare = tlang();
        assertEquals(2, bare.status());
        for (String command : commands) {
            assertTrue(help.out().contains("\n  " + command + " "), help.out());
            assertTrue(bare.err().contains("\n  " + command + " "), "tlang alone lists " + command + ": " + bare.err());
        }
        Result check = tlang("help", "check");
        assertTrue(check.out().startsWith("Usage: tlang check") && check.out().contains("PATH..."), check.out());
    }

    @Test
    void checkTakesSeveralFilesAndFolders() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        Files.writeString(lib.resolve("a.t"), "fn a() -> Int { true }\n");
        Files.writeString(lib.resolve("ok.t"), "fn ok() -> Int { 1 }\n");
        Path b = temp.resolve("b.t");
        Files.writeString(b, "fn b() -> Str { 1 }\n");
        Result r = tlang("check", lib.toString(), b.toString(), "examples/hello.t");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("a.t:1:") && r.err().contains("b.t:1:"), r.err());
        assertEquals(0, tlang("check", "examples/hello.t", "examples/tested").status());
    }

    @Test
    void testOfAFolderCountsAFileThatDoesNotCompileAndGoesOn() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("tests"));
        Files.writeString(dir.resolve("a.t"), "test fn one() { assert_eq(1, 1); }\n");
        Files.writeString(dir.resolve("b.t"), "test fn two() { let x: Int = true; }\n");
        Files.writeString(dir.resolve("c.t"), "test fn three() { assert_eq(3, 3); }\n");
        Result r = tlang("test", dir.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("b.t ... FAILED (does not compile)"), r.out());
        assertTrue(r.out().contains("c.three ... ok") && r.out().endsWith("2 passed, 1 failed\n"), r.out());
        assertTrue(r.err().contains("b.t:1:"), r.err());
    }
}
