package org.tlang.spi.log;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a profile's {@code [log]} table asks, checked: levels are {@code trace}, {@code debug},
 * {@code info}, {@code warn}, {@code error} or {@code off}; formats {@code text} or {@code json}.
 *
 * @param level        the level of T modules without one of their own, or null for the runtime's default (info)
 * @param runtimeLevel the level of the runtime's own loggers, or null for its default (warn)
 * @param levels       T module name ({@code shop.orders}, which covers {@code shop.orders.*}) to level
 * @param format       how the console (stderr) writes events
 * @param file         a log file as well, or null
 * @param syslog       a syslog server as well (UDP), or null
 */
public record LogSettings(String level, String runtimeLevel, Map<String, String> levels, String format, FileLog file, Syslog syslog) {
    /** No {@code [log]} table: what the runtime sets up at boot. */
    public static final LogSettings DEFAULT = new LogSettings(null, null, Map.of(), "text", null, null);

    public LogSettings {
        levels = Map.copyOf(levels);
    }

    /**
     * A log file: {@code path} itself holds the current events; it rolls over to
     * {@code path.DATE[.N]} or {@code path.N} when a day ends ({@code daily}) or it reaches
     * {@code maxSize} bytes (0: no size limit), keeping {@code maxHistory} rolled files (or days).
     * Neither daily nor a size: one growing file.
     */
    public record FileLog(Path path, String format, long maxSize, boolean daily, int maxHistory) {}

    /** A syslog server reached over UDP, and the facility events are sent as ({@code USER}, {@code LOCAL0}...). */
    public record Syslog(String host, int port, String facility) {}
}
