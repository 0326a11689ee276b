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
 * {@code std.log}: T log events through SLF4J to the runtime's Logback, on the logger of the T
 * module that logs ({@code t.shop.orders}): each function has a caller form ({@code info_in}) that
 * a call from another module becomes, with that module's name first.
 * The fields of the {@code _kv} forms are SLF4J key-value pairs, so a structured encoder writes
 * them as fields; the console shows them as {@code key=value} after the message.
 */
@Component(service = NativeModule.class)
public final class LogModule extends JavaModule {
    static final String SOURCE = """
            pub fn trace(msg: Str) { emit("std.log", "trace", msg, Map::new()) }
            pub fn debug(msg: Str) { emit("std.log", "debug", msg, Map::new()) }
            pub fn info(msg: Str) { emit("std.log", "info", msg, Map::new()) }
            pub fn warn(msg: Str) { emit("std.log", "warn", msg, Map::new()) }
            pub fn error(msg: Str) { emit("std.log", "error", msg, Map::new()) }
            pub fn trace_kv(msg: Str, fields: Map<Str, Str>) { emit("std.log", "trace", msg, fields) }
            pub fn debug_kv(msg: Str, fields: Map<Str, Str>) { emit("std.log", "debug", msg, fields) }
            pub fn info_kv(msg: Str, fields: Map<Str, Str>) { emit("std.log", "info", msg, fields) }
            pub fn warn_kv(msg: Str, fields: Map<Str, Str>) { emit("std.log", "warn", msg, fields) }
            pub fn error_kv(msg: Str, fields: Map<Str, Str>) { emit("std.log", "error", msg, fields) }
            pub fn enabled(level: Str) -> Bool { enabled_in("std.log", level) }

            /// What a call of each function above from module M runs: the event on M's logger.
            pub fn trace_in(m: Str, msg: Str) { emit(m, "trace", msg, Map::new()) }
            pub fn debug_in(m: Str, msg: Str) { emit(m, "debug", msg, Map::new()) }
            pub fn info_in(m: Str, msg: Str) { emit(m, "info", msg, Map::new()) }
            pub fn warn_in(m: Str, msg: Str) { emit(m, "warn", msg, Map::new()) }
            pub fn error_in(m: Str, msg: Str) { emit(m, "error", msg, Map::new()) }
            pub fn trace_kv_in(m: Str, msg: Str, fields: Map<Str, Str>) { emit(m, "trace", msg, fields) }
            pub fn debug_kv_in(m: Str, msg: Str, fields: Map<Str, Str>) { emit(m, "debug", msg, fields) }
            pub fn info_kv_in(m: Str, msg: Str, fields: Map<Str, Str>) { emit(m, "info", msg, fields) }
            pub fn warn_kv_in(m: Str, msg: Str, fields: Map<Str, Str>) { emit(m, "warn", msg, fields) }
            pub fn error_kv_in(m: Str, msg: Str, fields: Map<Str, Str>) { emit(m, "error", msg, fields) }
            """;

    public LogModule() {
        super("std.log", SOURCE, MethodHandles.lookup());
        function("emit", "fn(Str, Str, Str, Map<Str, Str>)", "emit");
        function("enabled_in", "fn(Str, Str) -> Bool", "enabled");
        for (String level : new String[] {"trace", "debug", "info", "warn", "error"}) {
            callerForm(level, level + "_in");
            callerForm(level + "_kv", level + "_kv_in");
        }
        callerForm("enabled", "enabled_in");
    }

    /** The SLF4J level called {@code name} ("info", any case); a name that is none is a programming error. */
    static Level level(String name) {
        try {
            return Level.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PanicException("log: unknown level \"" + name + "\" (trace, debug, info, warn or error)");
        }
    }

    /** An event on the logger of T module {@code module}. */
    static void emit(String module, String level, String message, Map<?, ?> fields) {
        Level l = level(level);
        Logger log = logger(module);
        if (!log.isEnabledForLevel(l)) return;
        LoggingEventBuilder event = log.atLevel(l).setMessage(message);
        fields.forEach((k, v) -> event.addKeyValue((String) k, v));
        event.log();
    }

    static boolean enabled(String module, String level) {
        return logger(module).isEnabledForLevel(level(level));
    }

    /**
     * The logger of T module {@code module}: {@code t.} and its name, so every T module's logger
     * sits under {@code t}, whose level (and appender) the configuration sets apart from the
     * runtime's own loggers.
     */
    static Logger logger(String module) {
        return LoggerFactory.getLogger("t." + module);
    }
}
