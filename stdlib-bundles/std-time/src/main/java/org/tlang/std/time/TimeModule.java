package org.tlang.std.time;

import java.lang.invoke.MethodHandles;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StructShape;
import org.tlang.runtime.StructValue;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.time}: a monotonic {@code Instant} for measuring, and a {@code DateTime} (a point in
 * time, to the millisecond, with a UTC offset in minutes) on java.time. Both are plain T structs;
 * the calendar arithmetic, parsing and formatting are the Java functions here.
 */
@Component(service = NativeModule.class)
public final class TimeModule extends JavaModule {
    static final String SOURCE = """
            /// A reading of the monotonic clock (now_ns): only differences between two mean anything.
            pub struct Instant { ns: Int }

            pub fn now() -> Instant { Instant { ns: now_ns() } }

            impl Instant {
                pub fn elapsed_ns(self) -> Int { now_ns() - self.ns }
                pub fn elapsed_ms(self) -> Int { self.elapsed_ns() / 1000000 }
            }

            /// A point in time: `ms` since 1970-01-01T00:00:00Z, shown at `offset` minutes east of UTC.
            pub struct DateTime { ms: Int, offset: Int }

            impl DateTime {
                pub fn now_utc() -> DateTime { DateTime { ms: now_ms(), offset: 0 } }
                pub fn from_unix_ms(ms: Int) -> DateTime { DateTime { ms: ms, offset: 0 } }
                /// RFC 3339 ("2026-12-03T12:00:00Z", "2026-12-03 13:30:00.250+01:30"); Err says what is wrong.
                pub fn parse(text: Str) -> Result<DateTime, Str> { parse_rfc3339(text) }
                pub fn unix_ms(self) -> Int { self.ms }
                pub fn year(self) -> Int { field_of(self, 0) }
                pub fn month(self) -> Int { field_of(self, 1) }
                pub fn day(self) -> Int { field_of(self, 2) }
                pub fn hour(self) -> Int { field_of(self, 3) }
                pub fn minute(self) -> Int { field_of(self, 4) }
                pub fn second(self) -> Int { field_of(self, 5) }
                /// 1 = Monday .. 7 = Sunday (ISO 8601).
                pub fn weekday(self) -> Int { field_of(self, 6) }
                pub fn add_ms(self, ms: Int) -> DateTime { DateTime { ms: self.ms + ms, offset: self.offset } }
                /// The same instant seen at another offset (minutes east of UTC, within -18:00..+18:00).
                pub fn to_offset(self, minutes: Int) -> DateTime { DateTime { ms: self.ms, offset: checked_offset(minutes) } }
                /// java.time.format.DateTimeFormatter letters: "yyyy-MM-dd HH:mm:ss", "EEE d MMM uuuu", "XXX".
                pub fn format(self, pattern: Str) -> Str { format_pattern(self, pattern) }
                /// RFC 3339: "2026-12-03T12:00:00Z", "2026-12-03T13:30:00.250+01:30".
                pub fn to_str(self) -> Str { rfc3339(self) }
            }
            """;

    static final StructShape DATE_TIME = new StructShape("std.time.DateTime", "DateTime", List.of("ms", "offset"), "JJ");
    private static final int MS = 0, OFFSET = 1;
    private static final int MAX_OFFSET_MINUTES = 18 * 60;
    private static final ChronoField[] FIELDS = {
        ChronoField.YEAR, ChronoField.MONTH_OF_YEAR, ChronoField.DAY_OF_MONTH,
        ChronoField.HOUR_OF_DAY, ChronoField.MINUTE_OF_HOUR, ChronoField.SECOND_OF_MINUTE, ChronoField.DAY_OF_WEEK,
    };
    private static final DateTimeFormatter RFC3339_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter RFC3339_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS", Locale.ROOT);

    public TimeModule() {
        super("std.time", SOURCE, MethodHandles.lookup());
        function("parse_rfc3339", "fn(Str) -> Result<DateTime, Str>", "parse");
        function("field_of", "fn(DateTime, Int) -> Int", "field");
        function("checked_offset", "fn(Int) -> Int", "checkedOffset");
        function("format_pattern", "fn(DateTime, Str) -> Str", "format");
        function("rfc3339", "fn(DateTime) -> Str", "rfc3339");
    }

    /**
     * What {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads (seconds and fraction optional,
     * strict calendar), with RFC 3339's leniencies: {@code t}/{@code z} in lower case and a space
     * between date and time. Digits beyond the millisecond are dropped.
     */
    public static EnumValue parse(String text) {
        String iso = text;
        if (iso.length() > 10 && (iso.charAt(10) == ' ' || iso.charAt(10) == 't')) iso = iso.substring(0, 10) + 'T' + iso.substring(11);
        if (iso.endsWith("z")) iso = iso.substring(0, iso.length() - 1) + 'Z';
        try {
            OffsetDateTime t = OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return EnumValue.ok(DATE_TIME.make(t.toInstant().toEpochMilli(), (long) t.getOffset().getTotalSeconds() / 60));
        } catch (DateTimeParseException e) {
            return EnumValue.err("cannot parse " + quoted(text) + " as an RFC 3339 date-time: " + reason(text, e));
        } catch (ArithmeticException e) {
            return EnumValue.err("cannot parse " + quoted(text) + " as an RFC 3339 date-time: the year is out of range");
        }
    }

    private static String reason(String text, DateTimeParseException e) {
        if (e.getCause() != null) return e.getCause().getMessage();     // a field out of range: "Invalid value for MonthOfYear ..."
        int at = e.getErrorIndex();
        if (at >= text.length()) {
            return "it ends at offset " + text.length() + " (an RFC 3339 date-time is like 2026-12-03T12:00:00Z, with its UTC offset)";
        }
        return "unexpected '" + Character.toString(text.codePointAt(at)) + "' at offset " + text.codePointCount(0, at);
    }

    public static long field(StructValue dt, long which) {
        return local(dt).getLong(FIELDS[(int) which]);
    }

    public static long checkedOffset(long minutes) {
        if (Math.abs(minutes) > MAX_OFFSET_MINUTES) {
            throw new PanicException("DateTime.to_offset: offset " + minutes + " minutes is outside -1080..1080 (-18:00..+18:00)");
        }
        return minutes;
    }

    public static String format(StructValue dt, String pattern) {
        DateTimeFormatter formatter;
        try {
            formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new PanicException("DateTime.format: bad pattern " + quoted(pattern) + ": " + e.getMessage());
        }
        try {
            return local(dt).format(formatter);
        } catch (DateTimeException e) {
            // a letter for what a DateTime lacks, e.g. a zone name ('z', 'VV'): it has an offset only
            throw new PanicException("DateTime.format: pattern " + quoted(pattern) + ": " + e.getMessage());
        }
    }

    /** Seconds always; milliseconds when not zero; {@code Z} for UTC, else {@code +hh:mm}. */
    public static String rfc3339(StructValue dt) {
        OffsetDateTime t = local(dt);
        String offset = t.getOffset().getTotalSeconds() == 0 ? "Z" : t.getOffset().getId();
        return (t.getNano() == 0 ? RFC3339_SECONDS : RFC3339_MILLIS).format(t) + offset;
    }

    private static OffsetDateTime local(StructValue dt) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) checkedOffset(dt.getLong(OFFSET)) * 60);
        return Instant.ofEpochMilli(dt.getLong(MS)).atOffset(offset);
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }
}
