package org.tlang.std.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tlang.std.testing.TProgram;

class LogModuleTest {
    @TempDir
    Path dir;

    final ListAppender<ILoggingEvent> events = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger("t");

    @BeforeEach
    void capture() {
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void release() {
        logger.detachAppender(events);
    }

    @Test
    void eventsReachLogbackAtTheirLevelWithTheirFields() throws Exception {
        TProgram.Result r = TProgram.run(dir, """
                import std.log;

                fn main() {
                    log.info("started");
                    log.debug("not shown at info");
                    let mut fields = Map::new();
                    fields.insert("path", "/a");
                    fields.insert("ms", "1200");
                    log.warn_kv("slow request", fields);
                    println("{log.enabled("debug")} {log.enabled("warn")}");
                }
                """, List.of(new LogModule()));
        assertEquals(new TProgram.Result(0, "false true\n", ""), r);
        assertEquals(List.of("INFO started", "WARN slow request"),
                events.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList());
        var kv = events.list.get(1).getKeyValuePairs();
        assertEquals("path=\"/a\" ms=\"1200\"", kv.stream().map(Object::toString).reduce((a, b) -> a + " " + b).orElse(""));
    }

    @Test
    void eachModuleLogsOnItsOwnLoggerOnEveryTier() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("shop.t"), """
                import std.log;
                pub fn order(item: Str) { log.info("ordered {item}"); }
                """);
        TProgram.Result r = TProgram.runOnEveryTier(dir, """
                import std.log;
                import std.log.{warn};
                import shop;

                fn main() {
                    log.info("started");
                    shop.order("tea");
                    warn("imported by name");
                    let f = log.error;
                    f("through a function value");
                }
                """, List.of(new LogModule()));
        assertEquals(new TProgram.Result(0, "", ""), r);
        List<String> seen = events.list.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage()).toList();
        assertEquals(List.of("t.main started", "t.shop ordered tea", "t.main imported by name", "t.std.log through a function value"),
                seen.subList(0, 4), "the interpreter's run");
        assertEquals(12, seen.size(), "three tiers, four events each: " + seen);
        assertEquals(seen.subList(0, 4), seen.subList(8, 12), "the last tier logs as the interpreter did");
    }

    @Test
    void anUnknownLevelIsAPanic() throws Exception {
        TProgram.Result r = TProgram.run(dir, """
                import std.log;
                fn main() { log.enabled("loud"); }
                """, List.of(new LogModule()));
        assertEquals(101, r.status());
        assertTrue(r.err().startsWith("panic: log: unknown level \"loud\" (trace, debug, info, warn or error)\n"), r.err());
    }
}
