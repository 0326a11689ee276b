package org.tlang.kernel;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.tlang.spi.log.LogSettings;

/**
 * Reads a profile's {@code [log]}:
 * <pre>
 * [log]
 * level = "info"                 # T modules without a level of their own
 * runtime-level = "warn"         # the runtime's own loggers
 * format = "json"                # the console (stderr): "text" or "json"
 * file = "logs/app.log"          # also to this file, rolled daily and/or by size
 * file-max-size = "10MB"
 * file-daily = true
 * file-max-history = 7
 * syslog = "127.0.0.1:514"       # also to a syslog server, over UDP
 * [log.levels]
 * "shop.orders" = "debug"        # a T module, and the modules under it (shop.orders.*)
 * </pre>
 * Every error names the key ({@code 'log.file-max-size'}).
 */
final class LogTable {
    static final List<String> LEVELS = List.of("trace", "debug", "info", "warn", "error", "off");
    static final List<String> FORMATS = List.of("text", "json");
    static final List<String> FACILITIES = List.of("kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron",
            "authpriv", "ftp", "ntp", "audit", "alert", "clock", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7");
    static final Set<String> KEYS = Set.of("level", "runtime-level", "levels", "format", "file", "file-format", "file-max-size", "file-daily",
            "file-max-history", "syslog", "syslog-facility");
    /** Logback's fixed window of size-rolled files ({@code app.log.1} to {@code app.log.N}) is at most this wide. */
    static final int MAX_SIZE_ROLLED = 20;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODULE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]\\s]+):(\\d{1,5})");

    private LogTable() {}

    /** The settings of {@code table}; each problem, without the profile's name, goes to {@code problems}. */
    static LogSettings read(JsonNode table, Consumer<String> problems) {
        for (Map.Entry<String, JsonNode> e : table.properties()) {
            if (!KEYS.contains(e.getKey())) {
                problems.accept("unknown key 'log." + e.getKey() + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String level = choice(table, "level", LEVELS, problems);
        String runtimeLevel = choice(table, "runtime-level", LEVELS, problems);
        String format = choice(table, "format", FORMATS, problems);
        Map<String, String> levels = levels(table.get("levels"), problems);
        LogSettings.FileLog file = file(table, format == null ? "text" : format, problems);
        LogSettings.Syslog syslog = syslog(table, problems);
        return new LogSettings(level, runtimeLevel, levels, format == null ? "text" : format, file, syslog);
    }

    private static Map<String, String> levels(JsonNode table, Consumer<String> problems) {
        Map<String, String> levels = new LinkedHashMap<>();
        if (table == null) return levels;
        if (!table.isObject()) {
            problems.accept("'log.levels' must be a table of T module names to levels ([log.levels] \"shop.orders\" = \"debug\")");
            return levels;
        }
        for (Map.Entry<String, JsonNode> e : table.properties()) {
            String key = "log.levels." + e.getKey();
            if (!MODULE.matcher(e.getKey()).matches()) {
                problems.accept("'" + key + "': '" + e.getKey() + "' is not a T module name (main, shop.orders)");
                continue;
            }
            String level = oneOf(e.getValue(), key, LEVELS, problems);
            if (level != null) levels.put(e.getKey(), level);
        }
        return levels;
    }

    private static LogSettings.FileLog file(JsonNode table, String consoleFormat, Consumer<String> problems) {
        JsonNode path = table.get("file");
        if (path == null) {
            for (String key : List.of("file-format", "file-max-size", "file-daily", "file-max-history")) {
                if (table.has(key)) problems.accept("'log." + key + "' needs 'log.file', the file to write");
            }
            return null;
        }
        if (!path.isTextual() || path.asText().isBlank()) {
            problems.accept("'log.file' must be a non-empty string, the path of the log file");
            return null;
        }
        String format = choice(table, "file-format", FORMATS, problems);
        long maxSize = 0;
        JsonNode size = table.get("file-max-size");
        if (size != null) {
            maxSize = size(size);
            if (maxSize <= 0) problems.accept("'log.file-max-size' must be a size such as \"10MB\" (B, KB, MB or GB) or a number of bytes, not " + size);
        }
        boolean daily = false;
        JsonNode d = table.get("file-daily");
        if (d != null) {
            if (!d.isBoolean()) problems.accept("'log.file-daily' must be true or false, not " + d);
            daily = d.asBoolean();
        }
        int maxHistory = 7;
        JsonNode h = table.get("file-max-history");
        if (h != null) {
            int most = daily ? 100_000 : MAX_SIZE_ROLLED;
            if (!h.isIntegralNumber() || !h.canConvertToInt() || h.asInt() <= 0 || h.asInt() > most) {
                problems.accept("'log.file-max-history' must be a positive integer up to " + most
                        + (daily ? " (days)" : " (files rolled by size)") + ", not " + h);
            } else {
                maxHistory = h.asInt();
            }
        }
        return new LogSettings.FileLog(Path.of(path.asText()).toAbsolutePath().normalize(), format == null ? consoleFormat : format,
                Math.max(maxSize, 0), daily, maxHistory);
    }

    /** Bytes, from a number or "10MB"; 0 or less if it is neither. */
    private static long size(JsonNode v) {
        if (v.isIntegralNumber()) return v.canConvertToLong() ? v.asLong() : -1;
        if (!v.isTextual()) return -1;
        Matcher m = SIZE.matcher(v.asText().strip());
        if (!m.matches()) return -1;
        long unit = switch (m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(m.group(1)) * unit;
    }

    private static LogSettings.Syslog syslog(JsonNode table, Consumer<String> problems) {
        JsonNode at = table.get("syslog");
        if (at == null) {
            if (table.has("syslog-facility")) problems.accept("'log.syslog-facility' needs 'log.syslog', the server (\"host:port\")");
            return null;
        }
        Matcher m = at.isTextual() ? HOST_PORT.matcher(at.asText()) : null;
        int port = m != null && m.matches() ? Integer.parseInt(m.group(2)) : 0;
        String facility = choice(table, "syslog-facility", FACILITIES, problems);
        if (port < 1 || port > 65535) {
            problems.accept("'log.syslog' must be \"host:port\" (\"127.0.0.1:514\", \"[::1]:514\"), the port 1 to 65535, not " + at);
            return null;
        }
        String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        return new LogSettings.Syslog(host, port, (facility == null ? "user" : facility).toUpperCase(Locale.ROOT));
    }

    /** The value of {@code key} in {@code table}, one of {@code allowed} (any case, given lower case), or null if absent or wrong. */
    private static String choice(JsonNode table, String key, List<String> allowed, Consumer<String> problems) {
        JsonNode v = table.get(key);
        return v == null ? null : oneOf(v, "log." + key, allowed, problems);
    }

    private static String oneOf(JsonNode v, String key, List<String> allowed, Consumer<String> problems) {
        String text = v.isTextual() ? v.asText().toLowerCase(Locale.ROOT) : null;
        if (text != null && allowed.contains(text)) return text;
        problems.accept("'" + key + "' must be one of " + String.join(", ", allowed.stream().map(a -> "\"" + a + "\"").toList()) + ", not " + v);
        return null;
    }
}
