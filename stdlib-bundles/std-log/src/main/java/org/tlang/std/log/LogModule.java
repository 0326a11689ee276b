package org.tlang.std.log;

import java.lang.invoke.MethodHandles;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;
import org.tlang.runtime.PanicException;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.log}: T log events through SLF4J to the runtime's Logback, on the logger {@code t}.
 * The fields of the {@code _kv} forms are SLF4J key-value pairs, so a structured encoder writes
 * them as fields; the console shows them as {@code key=value} after the message.
 */
@Component(service = NativeModule.class)
public final class LogModule extends JavaModule {
    static final String SOURCE = """
            pub fn trace(msg: Str) { emit("trace", msg, Map::new()) }
            pub fn debug(msg: Str) { emit("debug", msg, Map::new()) }
            pub fn info(msg: Str) { emit("info", msg, Map::new()) }
            pub fn warn(msg: Str) { emit("warn", msg, Map::new()) }
            pub fn error(msg: Str) { emit("error", msg, Map::new()) }
            pub fn trace_kv(msg: Str, fields: Map<Str, Str>) { emit("trace", msg, fields) }
            pub fn debug_kv(msg: Str, fields: Map<Str, Str>) { emit("debug", msg, fields) }
            pub fn info_kv(msg: Str, fields: Map<Str, Str>) { emit("info", msg, fields) }
            pub fn warn_kv(msg: Str, fields: Map<Str, Str>) { emit("warn", msg, fields) }
            pub fn error_kv(msg: Str, fields: Map<Str, Str>) { emit("error", msg, fields) }
            """;

    static final Logger LOG = LoggerFactory.getLogger("t");

    public LogModule() {
        super("std.log", SOURCE, MethodHandles.lookup());
        function("emit", "fn(Str, Str, Map<Str, Str>)", "emit");
        function("enabled", "fn(Str) -> Bool", "enabled");
    }

    /** The SLF4J level called {@code name} ("info", any case); a name that is none is a programming error. */
    static Level level(String name) {
        try {
            return Level.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PanicException("log: unknown level \"" + name + "\" (trace, debug, info, warn or error)");
        }
    }

    static void emit(String level, String message, Map<?, ?> fields) {
        Level l = level(level);
        if (!LOG.isEnabledForLevel(l)) return;
        LoggingEventBuilder event = LOG.atLevel(l).setMessage(message);
        fields.forEach((k, v) -> event.addKeyValue((String) k, v));
        event.log();
    }

    static boolean enabled(String level) {
        return LOG.isEnabledForLevel(level(level));
    }
}
