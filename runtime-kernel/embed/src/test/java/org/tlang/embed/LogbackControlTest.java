package org.tlang.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.spi.log.LogControl;
import org.tlang.spi.log.LogSettings;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

class LogbackControlTest {
    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String configurationFile;
    private LoggerContext context;
    private LogbackControl control;
    @TempDir
    Path dir;

    @BeforeEach
    void defaults() {
        configurationFile = System.clearProperty("logback.configurationFile");
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogbackDefaults defaults = new LogbackDefaults();
        defaults.setContext(context);
        defaults.configure(context);
        control = new LogbackControl(context);
    }

    @AfterEach
    void restore() {
        context.stop();
        System.setErr(stderr);
        if (configurationFile != null) System.setProperty("logback.configurationFile", configurationFile);
    }

    private void apply(LogSettings settings) {
        control.stage(settings).commit();
    }

    private static LogSettings settings(String level, Map<String, String> levels, String format, LogSettings.FileLog file, LogSettings.Syslog syslog) {
        return new LogSettings(level, null, levels, format, file, syslog);
    }

    @Test
    void levelsPerModuleAndJsonOnTheConsole() throws Exception {
        apply(settings("warn", Map.of("shop", "debug"), "json", null, null));
        context.getLogger("t.main").info("not shown: main is at warn");
        context.getLogger("t.shop.orders").atDebug().setMessage("ordered").addKeyValue("id", "7").log();
        context.getLogger("org.tlang.kernel.Kernel").warn("runtime warning");
        List<JsonNode> lines = json(err.toString(StandardCharsets.UTF_8));
        assertEquals(2, lines.size(), err.toString(StandardCharsets.UTF_8));
        assertEquals("t.shop.orders", lines.get(0).get("loggerName").asText());
        assertEquals("DEBUG", lines.get(0).get("level").asText());
        assertEquals("ordered", lines.get(0).get("message").asText());
        assertEquals("7", lines.get(0).get("kvpList").get(0).get("id").asText());
        assertEquals("org.tlang.kernel.Kernel", lines.get(1).get("loggerName").asText());
        assertEquals("debug", control.level("shop.orders"));
        assertEquals("warn", control.level(null));
    }

    @Test
    void aLevelChangedLiveActsAtOnceAndTheNextProfileClearsIt() {
        assertEquals("info", control.setLevel("main", "error"));
        context.getLogger("t.main").warn("not shown");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals("error", control.level("main"));
        apply(settings(null, Map.of(), "text", null, null));
        assertEquals("info", control.level("main"));
        assertThrows(IllegalArgumentException.class, () -> control.setLevel(null, "loud"));
    }

    @Test
    void aFileRollsBySizeKeepingItsHistory() throws Exception {
        Path log = dir.resolve("logs/app.log");
        apply(settings(null, Map.of(), "text", new LogSettings.FileLog(log, "json", 1024, false, 2), null));
        // the size is looked at every CHECK_SIZE_MS at most: write in bursts further apart
        for (int burst = 0; burst < 4; burst++) {
            for (int i = 0; i < 20; i++) context.getLogger("t.main").info("line {} of a file that rolls over every kilobyte", i);
            Thread.sleep(LogbackControl.CHECK_SIZE_MS + 50);
        }
        context.getLogger("t.main").info("last");
        assertTrue(Files.exists(dir.resolve("logs/app.log.1")), "rolled once");
        assertTrue(Files.exists(dir.resolve("logs/app.log.2")), "rolled twice");
        assertFalse(Files.exists(dir.resolve("logs/app.log.3")), "keeps two");
        List<JsonNode> current = json(Files.readString(log));
        assertEquals("last", current.getLast().get("message").asText());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("INFO  main: last"), "and the console still has text");
    }

    @Test
    void aFileThatCannotBeWrittenIsRefusedNamingTheKeyAndNothingChanges() throws Exception {
        Path blocked = Files.writeString(dir.resolve("plain"), "a file, not a folder");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> control.stage(settings("debug", Map.of(), "text", new LogSettings.FileLog(blocked.resolve("app.log"), "text", 0, false, 7), null)));
        assertTrue(e.getMessage().startsWith("'log.file': cannot write " + blocked.resolve("app.log")), e.getMessage());
        assertEquals("info", control.level(null));
    }

    @Test
    void aStagedChangeDiscardedLeavesTheLoggingAsItWas() {
        LogControl.Staged staged = control.stage(settings("error", Map.of(), "json", null, null));
        staged.discard();
        context.getLogger("t.main").info("still text");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("INFO  main: still text"));
    }

    @Test
    void syslogReceivesTheEventsOverUdp() throws Exception {
        try (DatagramSocket server = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            server.setSoTimeout(10_000);
            apply(settings(null, Map.of(), "text", null, new LogSettings.Syslog("127.0.0.1", server.getLocalPort(), "LOCAL0")));
            context.getLogger("t.shop").atWarn().setMessage("disk almost full").addKeyValue("free", "3%").log();
            DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
            server.receive(packet);
            String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            // <PRI> is facility * 8 + severity: local0 (16) and warning (4)
            assertTrue(message.startsWith("<132>"), message);
            assertTrue(message.endsWith("shop: disk almost full free=\"3%\""), message);
        }
    }

    @Test
    void anUnknownSyslogHostIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> control.stage(settings(null, Map.of(), "text", null, new LogSettings.Syslog("no-such-host.invalid", 514, "USER"))));
        assertEquals("'log.syslog': unknown host 'no-such-host.invalid'", e.getMessage());
    }

    private static List<JsonNode> json(String text) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : text.lines().filter(l -> !l.isBlank()).toList()) lines.add(mapper.readTree(line));
        return lines;
    }
}
