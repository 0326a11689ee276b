package org.tlang.std.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.testing.TProgram;

class TimeModuleTest {
    @TempDir
    Path dir;

    private TProgram.Result run(String source) throws Exception {
        return TProgram.run(dir, source, List.of(new TimeModule()));
    }

    private void expect(String source, String stdout) throws Exception {
        TProgram.Result r = run(source);
        assertEquals(0, r.status(), r.err());
        assertEquals(stdout, r.out());
    }

    private void expectPanic(String source, String message) throws Exception {
        TProgram.Result r = run(source);
        assertEquals(101, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("panic: " + message), r.err());
        assertFalse(r.err().contains("at java."), r.err());
    }

    @Test
    void anInstantMeasuresElapsedTime() throws Exception {
        expect("""
                import std.time;
                fn main() {
                    let start = time.now();
                    sleep(20);
                    let ms = start.elapsed_ms();
                    println(ms >= 20 && ms < 5000);
                    println(start.elapsed_ns() >= ms * 1000000);
                }
                """, "true\ntrue\n");
    }

    @Test
    void aDateTimeHasItsCalendarFields() throws Exception {
        expect("""
                import std.time.{DateTime};
                fn main() {
                    let t = DateTime::from_unix_ms(1796299200000);
                    println(t.to_str());
                    println([t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second(), t.weekday()]);
                    println(t.unix_ms());
                    let before = DateTime::from_unix_ms(-1);
                    println(before.to_str());
                    println(before.second());
                    let later = t.add_ms(86400000 * 3 + 1500);
                    println(later.to_str());
                    println(later.weekday());
                    let india = t.to_offset(330);
                    println(india.to_str());
                    println(india.hour());
                    println(india.unix_ms() == t.unix_ms());
                    println(t.to_offset(-150).to_str());
                    println(t.format("yyyy-MM-dd HH:mm:ss"));
                    println(india.format("EEE d MMM uuuu, HH:mm XXX"));
                    let now = DateTime::now_utc();
                    println(now.year() >= 2025 && now.unix_ms() <= now_ms());
                }
                """, """
                2026-12-03T12:00:00Z
                [2026, 12, 3, 12, 0, 0, 4]
                1796299200000
                1969-12-31T23:59:59.999Z
                59
                2026-12-06T12:00:01.500Z
                7
                2026-12-03T17:30:00+05:30
                17
                true
                2026-12-03T09:30:00-02:30
                2026-12-03 12:00:00
                Thu 3 Dec 2026, 17:30 +05:30
                true
                """);
    }

    @Test
    void parsesRfc3339() throws Exception {
        expect("""
                import std.time.{DateTime};
                fn main() {
                    let t = DateTime::parse("2026-12-03T12:00:00Z").unwrap();
                    println(t.unix_ms());
                    println(t == DateTime::from_unix_ms(1796299200000));
                    let p = DateTime::parse("2024-02-29 01:02:03.123456+05:30").unwrap();
                    println(p.unix_ms());
                    println(p.to_str());
                    println(p.offset);
                    println(DateTime::parse("2024-02-29t01:02z").unwrap().to_str());
                    println(DateTime::parse(t.to_offset(-420).to_str()).unwrap().unix_ms() == t.unix_ms());
                }
                """, """
                1796299200000
                true
                1709148723123
                2024-02-29T01:02:03.123+05:30
                330
                2024-02-29T01:02:00Z
                true
                """);
    }

    @Test
    void badDateTimesAreErrsSayingWhatIsWrong() throws Exception {
        expect("""
                import std.time.{DateTime};
                fn main() {
                    println(DateTime::parse("2026-13-03T12:00:00Z"));
                    println(DateTime::parse("2025-02-29T12:00:00Z"));
                    println(DateTime::parse("2026-12-03T12:00:00"));
                    println(DateTime::parse("2026-12-03X12:00:00Z"));
                    println(DateTime::parse(""));
                    println(DateTime::parse("yesterday"));
                }
                """, """
                Err("cannot parse \\"2026-13-03T12:00:00Z\\" as an RFC 3339 date-time: Invalid value for MonthOfYear (valid values 1 - 12): 13")
                Err("cannot parse \\"2025-02-29T12:00:00Z\\" as an RFC 3339 date-time: Invalid date 'February 29' as '2025' is not a leap year")
                Err("cannot parse \\"2026-12-03T12:00:00\\" as an RFC 3339 date-time: it ends at offset 19 (an RFC 3339 date-time is like 2026-12-03T12:00:00Z, with its UTC offset)")
                Err("cannot parse \\"2026-12-03X12:00:00Z\\" as an RFC 3339 date-time: unexpected 'X' at offset 10")
                Err("cannot parse \\"\\" as an RFC 3339 date-time: it ends at offset 0 (an RFC 3339 date-time is like 2026-12-03T12:00:00Z, with its UTC offset)")
                Err("cannot parse \\"yesterday\\" as an RFC 3339 date-time: unexpected 'y' at offset 0")
                """);
    }

    @Test
    void programmingErrorsArePanics() throws Exception {
        expectPanic("""
                import std.time.{DateTime};
                fn main() { DateTime::from_unix_ms(0).format("yyyy-qq-bb"); }
                """, "DateTime.format: bad pattern \"yyyy-qq-bb\": Unknown pattern letter: b");
        expectPanic("""
                import std.time.{DateTime};
                fn main() { DateTime::from_unix_ms(0).format("HH:mm zzz"); }
                """, "DateTime.format: pattern \"HH:mm zzz\": ");
        expectPanic("""
                import std.time.{DateTime};
                fn main() { DateTime::from_unix_ms(0).to_offset(2000); }
                """, "DateTime.to_offset: offset 2000 minutes is outside -1080..1080 (-18:00..+18:00)");
    }
}
