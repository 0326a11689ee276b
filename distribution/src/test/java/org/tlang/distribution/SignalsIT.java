package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signals to {@code tlang run} as an operator sends them, to real processes: SIGTERM and SIGINT
 * drain the counter service under load (no request it took fails, its shutdown hook runs, exit 0,
 * its admin socket is gone), a second SIGTERM exits at once, SIGHUP reloads an edited module with
 * its state kept, and a T program handles SIGUSR1 with std.signal.
 */
class SignalsIT {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern STOPPED = Pattern.compile("counter-service stopped; counts \\{(.*)}\n");
    private static final int CLIENTS = 4;

    @TempDir
    Path temp;

    @Test
    void sigtermDrainsTheServiceUnderLoad() throws Exception {
        drainsUnderLoad("TERM");
    }

    @Test
    void sigintDrainsTheServiceUnderLoad() throws Exception {
        drainsUnderLoad("INT");
    }

    private void drainsUnderLoad(String signal) throws Exception {
        Path admin = temp.resolve("admin");
        try (Launched service = counterService(admin)) {
            int port = port(service);
            Path socket = admin.resolve(service.process.pid() + ".sock");
            assertTrue(Files.exists(socket), "the admin socket while it runs");
            List<Client> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) clients.add(new Client(port, "c" + i));
            clients.forEach(Client::start);
            for (Client c : clients) c.awaitAnswers(20);

            long sent = System.nanoTime();
            kill(signal, service.process);
            service.out.await(t -> STOPPED.matcher(t).find(), Duration.ofSeconds(60), "the shutdown hook");
            long drainMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            assertTrue(service.exited(60), "still running 60 s after SIG" + signal + "; stderr:\n" + service.err.text());
            long exitMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
            for (Client c : clients) c.finish();

            assertEquals(0, service.process.exitValue(), service.err.text());
            Matcher stopped = STOPPED.matcher(service.out.text());
            assertTrue(stopped.find(), "the shutdown hook's line; stdout:\n" + service.out.text());
            Map<String, Integer> counts = counts(stopped.group(1));
            for (Client c : clients) {
                // every request the service took was answered 200: nothing else, and nothing it counted went unanswered
                assertEquals(List.of(), c.failures(sent), () -> c.name + "; the service's stderr:\n" + service.err.text());
                assertEquals(c.answered(), (int) counts.getOrDefault(c.name, 0), c.name + ": counted against answered");
                assertTrue(c.refused(), c.name + " went on until the listener refused it");
            }
            assertFalse(Files.exists(socket), "the admin socket is removed");
            assertTrue(service.err.text().contains("tlang: SIG" + signal + ": draining"), service.err.text());
            assertFalse(service.err.text().contains("Exception"), service.err.text());
            int answered = clients.stream().mapToInt(Client::answered).sum();
            long after = clients.stream().mapToLong(c -> c.answeredAfter(sent)).sum();
            long cut = clients.stream().mapToLong(c -> c.failures(Long.MIN_VALUE).size()).sum();
            System.out.println("SignalsIT: SIG" + signal + ": drained (hook ran) after " + drainMs + " ms, exited after " + exitMs + " ms; "
                    + answered + " requests answered, " + after + " of them after the signal, none failed; " + cut
                    + " connections queued at the listener as it closed, never taken");
        }
    }

    @Test
    void aRequestInFlightIsAnsweredWhileNewConnectionsAreRefused() throws Exception {
        List<String> command = CommandLineIT.launcher("-Dtlang.admin.dir=" + temp.resolve("admin"));
        command.addAll(List.of("run", "--allow-net=127.0.0.1:*", resource("slow.t")));
        try (Launched service = new Launched(command)) {
            int port = port(service);
            java.util.concurrent.CompletableFuture<String> slow = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.getOutputStream().write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return e.toString();
                }
            });
            service.out.await(t -> t.contains("slow: started\n"), Duration.ofSeconds(30), "the slow request to start");
            kill("TERM", service.process);
            boolean refused = false;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!refused && !slow.isDone() && System.nanoTime() < until) {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    Thread.sleep(10);
                } catch (ConnectException e) {
                    refused = true;
                }
            }
            assertTrue(refused && !slow.isDone(), "a new connection is refused while the slow request runs: " + (slow.isDone() ? slow.join() : ""));
            String answer = slow.get(30, TimeUnit.SECONDS);
            assertTrue(answer.startsWith("HTTP/1.1 200 ") && answer.endsWith("\r\n\r\nslow: done\n"), answer);
            assertTrue(service.exited(30), service.err.text());
            assertEquals(0, service.process.exitValue(), service.err.text());
        }
    }

    @Test
    void aSecondSigtermExitsAtOnce() throws Exception {
        Path admin = temp.resolve("admin");
        List<String> command = CommandLineIT.launcher("-Dtlang.admin.dir=" + admin);
        command.addAll(List.of("run", resource("busy.t")));
        try (Launched busy = new Launched(command)) {
            busy.out.await(t -> t.contains("busy: started\n"), Duration.ofSeconds(30), "the program to start");
            kill("TERM", busy.process);
            // the drain waits for the task that never ends, up to drain-ms (10 s)
            busy.err.await(t -> t.contains("tlang: SIGTERM: draining"), Duration.ofSeconds(30), "the drain to begin");
            kill("TERM", busy.process);
            assertTrue(busy.exited(30), busy.err.text());
            assertEquals(128 + 15, busy.process.exitValue(), busy.err.text());
            assertTrue(busy.err.text().contains("tlang: SIGTERM again while draining: exiting at once"), busy.err.text());
            assertFalse(busy.out.text().contains("shutdown hook ran"), "halted before the hooks: " + busy.out.text());
            assertFalse(Files.exists(admin.resolve(busy.process.pid() + ".sock")));
        }
    }

    @Test
    void theDrainDeadlineStopsWhatStillRuns() throws Exception {
        Path profile = temp.resolve("short-drain.toml");
        String shipped = Files.readString(RuntimeIT.HOME.resolve("profiles/default.toml"));
        assertTrue(shipped.contains("\ndrain-ms = 10000 "), shipped);
        Files.writeString(profile, shipped.replace("\ndrain-ms = 10000 ", "\ndrain-ms = 1000 "));
        List<String> command = CommandLineIT.launcher("-Dtlang.admin.dir=" + temp.resolve("admin"));
        command.addAll(List.of("run", "--profile", profile.toString(), resource("busy.t")));
        try (Launched busy = new Launched(command)) {
            busy.out.await(t -> t.contains("busy: started\n") || !busy.process.isAlive(), Duration.ofSeconds(30), "the program to start");
            assertTrue(busy.process.isAlive(), busy.err.text());
            kill("TERM", busy.process);
            assertTrue(busy.exited(30), busy.err.text());
            assertEquals(0, busy.process.exitValue(), busy.err.text());
            assertEquals("busy: started\nbusy: shutdown hook ran\n", busy.out.text());
        }
    }

    @Test
    void sighupReloadsTheEditedModuleKeepingItsState() throws Exception {
        assumeHangupNotIgnored();
        Path admin = temp.resolve("admin");
        try (Launched service = counterService(admin)) {
            int port = port(service);
            for (int n = 1; n <= 3; n++) assertEquals(new Answer(200, "{\"name\":\"h\",\"count\":" + n + ",\"version\":\"1\"}"), post(port, "h"));
            Path api = temp.resolve("counter-service/src/counter/api.t");
            String v1 = Files.readString(api);
            Files.writeString(api, v1.replace("pub const VERSION: Str = \"1\";", "pub const VERSION: Str = \"2\";"));
            kill("HUP", service.process);
            try {
                service.err.await(t -> t.contains("reloaded counter.api"), Duration.ofSeconds(30), "the reload");
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nstdout: " + service.out.text() + "\nthreads:\n" + service.jcmd("Thread.print"), e);
            }
            assertTrue(service.err.text().contains("kept counts, guard"), service.err.text());
            assertEquals(new Answer(200, "{\"name\":\"h\",\"count\":4,\"version\":\"2\"}"), post(port, "h"));

            // a version that does not compile is refused, logged, and the one before serves on
            Files.writeString(api, v1.replace("pub const VERSION: Str = \"1\";", "pub const VERSION: Str = 3;"));
            kill("HUP", service.process);
            service.err.await(t -> t.contains("reload of counter.api refused"), Duration.ofSeconds(30), "the refusal");
            assertEquals(new Answer(200, "{\"name\":\"h\",\"count\":5,\"version\":\"2\"}"), post(port, "h"));
            assertTrue(service.process.isAlive());
        }
    }

    @Test
    void aSighupDuringTheBootIsHeldAndNeverEndsTheService() throws Exception {
        assumeHangupNotIgnored();
        // before the hotpatch bundle takes SIGHUP, the JVM's own handling would end the process (129):
        // the launcher holds it instead, the service comes up and serves, and the bundle handles it
        Path copy = temp.resolve("counter-service-boot");
        ReloadUnderLoadIT.copy(RuntimeIT.ROOT.resolve("examples/counter-service"), copy);
        List<String> command = CommandLineIT.launcher("-Dtlang.admin.dir=" + temp.resolve("admin-boot"));
        command.addAll(List.of("run", "--allow-net=127.0.0.1:*", copy.resolve("src/main.t").toString(), "0"));
        try (Launched service = new Launched(command, new java.io.File("/dev/null"), Map.of("TLANG_TIMING", "1"))) {
            service.err.await(t -> t.contains("timing boot."), Duration.ofSeconds(30), "the boot to begin");
            kill("HUP", service.process);
            int port = port(service);
            assertEquals(new Answer(200, "{\"name\":\"b\",\"count\":1,\"version\":\"1\"}"), post(port, "b"));
            // handled once the hotpatch bundle was up: nothing had changed
            service.err.await(t -> t.contains("tlang: SIGHUP: no module of "), Duration.ofSeconds(30), "the held SIGHUP");
            assertTrue(service.process.isAlive(), service.err.text());
        }
    }

    @Test
    void underNohupTheServiceSaysSighupReloadsNothing() throws Exception {
        // a signal ignored on entry stays ignored in the JVM: the runtime says so instead of reloading nothing in silence
        List<String> command = new ArrayList<>(List.of("nohup"));
        command.addAll(CommandLineIT.launcher("-Dtlang.admin.dir=" + temp.resolve("admin-nohup")));
        command.addAll(List.of("run", resource("usr1.t")));
        try (Launched program = new Launched(command)) {
            program.err.await(t -> t.contains("SIGHUP is ignored in this process (started with nohup?): it reloads nothing"),
                    Duration.ofSeconds(30), "the warning");
        }
    }

    /**
     * SIGHUP ignored in this process (the build runs under nohup) is ignored in every process it
     * starts, and no handler of theirs can take it: the tests that send one cannot run.
     */
    private static void assumeHangupNotIgnored() throws IOException {
        String ignored = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> l.substring(7).trim()).findFirst().orElse("0");
        Assumptions.assumeTrue((Long.parseUnsignedLong(ignored, 16) & 1) == 0,
                "SIGHUP is ignored in the process running the tests (nohup?): its children cannot take it");
    }

    @Test
    void aTProgramHandlesSigusr1() throws Exception {
        List<String> command = CommandLineIT.launcher("-Dtlang.admin.dir=" + temp.resolve("admin"));
        command.addAll(List.of("run", resource("usr1.t")));
        try (Launched program = new Launched(command)) {
            program.out.await(t -> t.contains("usr1: waiting\n"), Duration.ofSeconds(30), "the handler to be set");
            kill("USR1", program.process);
            assertTrue(program.exited(30), program.err.text());
            assertEquals(0, program.process.exitValue(), program.err.text());
            assertEquals("usr1: waiting\nusr1: the handler ran\nusr1: main ends\n", program.out.text());
        }
    }

    private Launched counterService(Path admin) throws Exception {
        Path copy = temp.resolve("counter-service");
        if (!Files.exists(copy)) ReloadUnderLoadIT.copy(RuntimeIT.ROOT.resolve("examples/counter-service"), copy);
        List<String> command = CommandLineIT.launcher("-Dtlang.admin.dir=" + admin);
        command.addAll(List.of("run", "--allow-net=127.0.0.1:*", copy.resolve("src/main.t").toString(), "0"));
        return new Launched(command);
    }

    private static int port(Launched service) throws InterruptedException {
        String banner = service.out.await(t -> LISTENING.matcher(t).find() || !service.process.isAlive(), Duration.ofSeconds(60), "the service to listen");
        Matcher m = LISTENING.matcher(banner);
        assertTrue(m.find(), "the service ended: " + service.err.text());
        return Integer.parseInt(m.group(1));
    }

    private static String resource(String name) {
        return Path.of("src/test/resources/t/signals", name).toAbsolutePath().toString();
    }

    private static void kill(String signal, Process process) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal);
    }

    /** {"c0":12,"c1":9}, as the service prints its counts. */
    private static Map<String, Integer> counts(String members) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = Pattern.compile("\"([a-z0-9]+)\":(\\d+)").matcher(members);
        while (m.find()) counts.put(m.group(1), Integer.parseInt(m.group(2)));
        return counts;
    }

    record Answer(int status, String body) {}

    record Outcome(String what, long at, boolean error) {}

    /** One request on a connection of its own (so no answer can wait on a kept-alive connection): its status and body. */
    static Answer post(int port, String name) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /count/" + name + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (response.isEmpty()) throw new IOException("the connection closed with no answer");
            int status = Integer.parseInt(response.substring(9, 12));
            int body = response.indexOf("\r\n\r\n");
            return new Answer(status, body < 0 ? "" : response.substring(body + 4));
        }
    }

    /** A client posting to its own counter without pause, one request at a time, until the listener refuses it. */
    static final class Client {
        final String name;
        private final int port;
        private final AtomicBoolean stop = new AtomicBoolean();
        /** What went otherwise than a 200 with the count due, and when ({@link System#nanoTime}). */
        private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
        private final List<Long> answeredAt = new CopyOnWriteArrayList<>();
        private volatile int answered;
        private volatile boolean refused;
        private Thread thread;

        Client(int port, String name) {
            this.port = port;
            this.name = name;
        }

        void start() {
            thread = Thread.ofPlatform().name("client-" + name).start(this::run);
        }

        private void run() {
            while (!stop.get()) {
                try {
                    Answer a = post(port, name);
                    String expected = "{\"name\":\"" + name + "\",\"count\":" + (answered + 1) + ",\"version\":\"1\"}";
                    if (a.status() == 200 && a.body().equals(expected)) {
                        answeredAt.add(System.nanoTime());
                        answered++;
                    }
                    else outcomes.add(new Outcome("answered " + a + " where " + expected + " was due", System.nanoTime(), false));
                } catch (ConnectException e) {
                    refused = true;
                    return;
                } catch (IOException e) {
                    // after the signal: a connection the closing listener had queued but never took (checked against the counts)
                    outcomes.add(new Outcome(e.toString(), System.nanoTime(), true));
                }
            }
        }

        void awaitAnswers(int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered < n && System.nanoTime() < deadline) Thread.sleep(5);
            assertTrue(answered >= n, name + " answered " + answered + ": " + outcomes);
        }

        /** Once the service is gone: its next connection is refused and it ends (else it is stopped after 30 s). */
        void finish() throws InterruptedException {
            thread.join(30_000);
            stop.set(true);
            thread.join(30_000);
        }

        int answered() {
            return answered;
        }

        long answeredAfter(long signalled) {
            return answeredAt.stream().filter(t -> t > signalled).count();
        }

        boolean refused() {
            return refused;
        }

        /** Wrong answers, and errors before {@code signalled} ({@link System#nanoTime}). */
        List<String> failures(long signalled) {
            return outcomes.stream().filter(o -> !o.error() || o.at() < signalled).map(Outcome::what).toList();
        }
    }
}
