package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile's {@code [log]}: a program logging at every level from two modules, with a level per
 * module, JSON on the console and a rolling file; a level changed live with {@code tlang admin log};
 * syslog to a UDP socket on loopback; bad keys refused.
 */
class LoggingIT {
    private static final Path PROGRAM = Path.of("src/test/resources/t/log/src/main.t").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void levelsPerModuleJsonAndARollingFileThenALevelChangedLive() throws Exception {
        Path file = temp.resolve("logs/app.log");
        Path profile = profile("""
                [log]
                level = "warn"
                format = "json"
                file = "%s"
                file-max-size = "1KB"
                file-max-history = 3
                [log.levels]
                "shop.orders" = "debug"
                """.formatted(file));
        List<String> command = CommandLineIT.launcher("-Dtlang.admin.dir=" + temp.resolve("admin"));
        command.addAll(List.of("run", "--profile", profile.toString(), "--max-ms", "60000", PROGRAM.toString()));
        try (Launched running = new Launched(command)) {
            running.out.await(t -> t.contains("round 3\n"), Duration.ofSeconds(30), "three rounds");
            List<Map<String, Object>> console = json(running.err.text());
            // main at the default, warn; shop.orders at its own, debug (not trace)
            assertEquals(List.of("main warn"), messages(console, "t.main").stream().distinct().toList());
            assertTrue(messages(console, "t.shop.orders").containsAll(List.of("orders debug", "orders info")), console.toString());
            assertFalse(messages(console, "t.shop.orders").contains("orders trace"), console.toString());
            Map<String, Object> debug = console.stream().filter(e -> e.get("message").equals("orders debug")).findFirst().orElseThrow();
            assertEquals("DEBUG", debug.get("level"));
            assertEquals("1", field(debug, "round"));

            // the file has the same events, as JSON too, and has rolled over at 1 KB
            running.out.await(t -> Files.exists(file.resolveSibling("app.log.1")), Duration.ofSeconds(30), "the file to roll over");
            List<Map<String, Object>> inFile = json(Files.readString(file) + Files.readString(file.resolveSibling("app.log.1")));
            assertFalse(inFile.isEmpty());
            assertTrue(inFile.stream().allMatch(e -> e.get("loggerName").equals("t.shop.orders") || e.get("message").equals("main warn")), inFile.toString());
            assertFalse(Files.exists(file.resolveSibling("app.log.4")), "keeps 3");

            String pid = Long.toString(running.process.pid());
            CommandLineIT.Result changed = admin(pid, "log", "debug", "main");
            assertEquals(0, changed.status(), changed.err());
            assertEquals("log level of main: warn -> debug\n", changed.out());
            CommandLineIT.Result quieter = admin(pid, "log", "info", "shop.orders");
            assertEquals("log level of shop.orders: debug -> info\n", quieter.out());
            int changedAt = lastRound(running.out.text());
            // every round that began after both changes shows them
            running.out.await(t -> lastRound(t) >= changedAt + 2, Duration.ofSeconds(30), "two more rounds");
            List<Map<String, Object>> after = json(running.err.text()).stream().filter(e -> Integer.parseInt(field(e, "round")) > changedAt + 1).toList();
            assertTrue(messages(after, "t.main").containsAll(List.of("main debug", "main info", "main warn")), after.toString());
            assertEquals(List.of("orders info"), messages(after, "t.shop.orders").stream().distinct().toList());

            CommandLineIT.Result bad = admin(pid, "log", "loud");
            assertEquals(2, bad.status(), bad.out());
            assertEquals("log: unknown level 'loud' (trace, debug, info, warn, error, off)\n", bad.err());
            CommandLineIT.Result all = admin(pid, "log", "error");
            assertEquals("log level of T modules: warn -> error\n", all.out());

            // a changed [log] applied live: refused whole when its file cannot be written, else switched to
            Path blocked = Files.writeString(temp.resolve("plain"), "a file, not a folder");
            Path unwritable = Files.writeString(temp.resolve("bad.toml"), "[scheduler]\nimpl = \"virtual\"\n[log]\nfile = \"" + blocked.resolve("app.log") + "\"\n");
            CommandLineIT.Result refused = admin(pid, "apply", unwritable.toString());
            assertEquals(1, refused.status(), refused.out());
            assertTrue(refused.err().contains("'log.file': cannot write " + blocked.resolve("app.log")) && refused.err().contains("nothing changed"), refused.err());
            Path text = Files.writeString(temp.resolve("text.toml"), "[scheduler]\nimpl = \"virtual\"\n[log]\nlevel = \"info\"\n");
            CommandLineIT.Result applied = admin(pid, "apply", text.toString());
            assertEquals(0, applied.status(), applied.err());
            running.err.await(t -> t.contains(" INFO  main: main info round="), Duration.ofSeconds(30), "text on the console");
        }
    }

    @Test
    void syslogReceivesTheProgramsEventsOverUdp() throws Exception {
        try (DatagramSocket server = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            server.setSoTimeout(30_000);
            Path profile = profile("""
                    [log]
                    syslog = "127.0.0.1:%d"
                    syslog-facility = "local1"
                    """.formatted(server.getLocalPort()));
            List<String> command = CommandLineIT.launcher("-Dtlang.admin.dir=" + temp.resolve("admin"));
            command.addAll(List.of("run", "--profile", profile.toString(), "--max-ms", "60000", PROGRAM.toString()));
            try (Launched running = new Launched(command)) {
                DatagramPacket packet = new DatagramPacket(new byte[4096], 4096);
                server.receive(packet);
                String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                // local1 (17) * 8 + informational (6); the first event at info and up is main's
                assertTrue(message.startsWith("<142>"), message);
                assertTrue(message.endsWith("main: main info round=\"1\""), message);
            }
        }
    }

    @Test
    void aBadLogTableIsRefusedNamingEachKey() throws Exception {
        Path profile = profile("""
                [log]
                format = "xml"
                file-daily = true
                rotate = "weekly"
                [log.levels]
                main = "verbose"
                """);
        CommandLineIT.Result r = CommandLineIT.tlang("run", "--profile", profile.toString(), PROGRAM.toString());
        assertEquals(1, r.status(), r.err());
        for (String key : List.of("'log.format'", "'log.file-daily' needs 'log.file'", "unknown key 'log.rotate'", "'log.levels.main'")) {
            assertTrue(r.err().contains(key), key + " in " + r.err());
        }
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(r.out().contains("round"), r.out());
    }

    private Path profile(String log) throws IOException {
        return Files.writeString(temp.resolve("profile.toml"), "[scheduler]\nimpl = \"virtual\"\n\n" + log);
    }

    private CommandLineIT.Result admin(String pid, String... args) throws Exception {
        List<String> command = CommandLineIT.launcher("-Dtlang.admin.dir=" + temp.resolve("admin"));
        command.addAll(List.of("admin", "--pid", pid));
        command.addAll(List.of(args));
        return CommandLineIT.exec(command);
    }

    private static int lastRound(String out) {
        List<String> rounds = out.lines().filter(l -> l.startsWith("round ")).toList();
        return rounds.isEmpty() ? 0 : Integer.parseInt(rounds.getLast().substring("round ".length()));
    }

    /** Every line of {@code text} as JSON; a line that is not fails the test. The last may still be being written. */
    private static List<Map<String, Object>> json(String text) {
        List<Map<String, Object>> events = new ArrayList<>();
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        for (String line : complete.lines().toList()) {
            if (line.isEmpty()) continue;
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) Json.parse(line);
            events.add(event);
        }
        return events;
    }

    private static List<String> messages(List<Map<String, Object>> events, String logger) {
        return events.stream().filter(e -> e.get("loggerName").equals(logger)).map(e -> (String) e.get("message")).toList();
    }

    /** A key-value field of an event: Logback's JSON has them as a list of one-entry objects. */
    private static String field(Map<String, Object> event, String key) {
        for (Object kv : (List<?>) event.get("kvpList")) if (((Map<?, ?>) kv).containsKey(key)) return (String) ((Map<?, ?>) kv).get(key);
        throw new AssertionError("no field " + key + " in " + event);
    }
}
