package org.tlang.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import org.junit.jupiter.api.Test;
import org.tlang.spi.log.LogSettings;

class LogTableTest {
    private final List<String> problems = new ArrayList<>();

    private LogSettings read(String toml) throws Exception {
        return LogTable.read(new TomlMapper().readTree(toml).get("log"), problems::add);
    }

    @Test
    void everyKeyMapsToItsSetting() throws Exception {
        LogSettings s = read("""
                [log]
                level = "WARN"
                runtime-level = "error"
                format = "json"
                file = "logs/app.log"
                file-format = "text"
                file-max-size = "10MB"
                file-daily = true
                file-max-history = 30
                syslog = "[::1]:1514"
                syslog-facility = "local3"
                [log.levels]
                main = "debug"
                "shop.orders" = "trace"
                """);
        assertEquals(List.of(), problems);
        assertEquals("warn", s.level());
        assertEquals("error", s.runtimeLevel());
        assertEquals("json", s.format());
        assertEquals(Map.of("main", "debug", "shop.orders", "trace"), s.levels());
        assertEquals(new LogSettings.FileLog(Path.of("logs/app.log").toAbsolutePath(), "text", 10L * 1024 * 1024, true, 30), s.file());
        assertEquals(new LogSettings.Syslog("::1", 1514, "LOCAL3"), s.syslog());
    }

    @Test
    void whatIsLeftOutKeepsTheDefaults() throws Exception {
        LogSettings s = read("""
                [log]
                file = "/var/log/t.log"
                syslog = "localhost:514"
                """);
        assertEquals(List.of(), problems);
        assertNull(s.level());
        assertNull(s.runtimeLevel());
        assertEquals("text", s.format());
        assertEquals(new LogSettings.FileLog(Path.of("/var/log/t.log"), "text", 0, false, 7), s.file());
        assertEquals(new LogSettings.Syslog("localhost", 514, "USER"), s.syslog());
        assertEquals(LogSettings.DEFAULT, read("[log]\n"));
    }

    @Test
    void theFileTakesTheConsoleFormatUnlessItHasItsOwn() throws Exception {
        assertEquals("json", read("[log]\nformat = \"json\"\nfile = \"a.log\"\n").file().format());
        assertEquals(512, read("[log]\nfile = \"a.log\"\nfile-max-size = 512\n").file().maxSize());
        assertEquals(2048, read("[log]\nfile = \"a.log\"\nfile-max-size = \"2 kb\"\n").file().maxSize());
    }

    @Test
    void everyBadKeyAndValueIsReportedByItsKey() throws Exception {
        read("""
                [log]
                level = "loud"
                runtime-level = 3
                format = "xml"
                colour = true
                file = "a.log"
                file-max-size = "ten"
                file-daily = "yes"
                file-max-history = 50
                syslog = "nohost"
                [log.levels]
                "9lives" = "info"
                main = "verbose"
                """);
        assertEquals(10, problems.size(), String.join("\n", problems));
        for (String key : List.of("'log.level'", "'log.runtime-level'", "'log.format'", "'log.colour'", "'log.file-max-size'", "'log.file-daily'",
                "'log.file-max-history'", "'log.syslog'", "'log.levels.9lives'", "'log.levels.main'")) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(key)), key + " in " + problems);
        }
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"trace\", \"debug\", \"info\", \"warn\", \"error\", \"off\", not \"loud\"")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("up to 20 (files rolled by size)")), problems.toString());
    }

    @Test
    void fileAndSyslogSettingsNeedTheirTarget() throws Exception {
        read("""
                [log]
                file-daily = true
                syslog-facility = "user"
                levels = "debug"
                """);
        assertEquals(List.of("'log.file-daily' needs 'log.file', the file to write",
                "'log.syslog-facility' needs 'log.syslog', the server (\"host:port\")",
                "'log.levels' must be a table of T module names to levels ([log.levels] \"shop.orders\" = \"debug\")"), sorted());
    }

    @Test
    void aPortOutOfRangeIsRefused() throws Exception {
        read("[log]\nsyslog = \"127.0.0.1:70000\"\n");
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().startsWith("'log.syslog' must be \"host:port\""), problems.getFirst());
    }

    private List<String> sorted() {
        return problems.stream().sorted((a, b) -> Integer.compare(order(a), order(b))).toList();
    }

    private static int order(String p) {
        return p.contains("file") ? 0 : p.contains("syslog") ? 1 : 2;
    }
}
