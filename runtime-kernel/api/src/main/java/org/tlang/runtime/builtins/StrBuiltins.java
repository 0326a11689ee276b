package org.tlang.runtime.builtins;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Printer;
import org.tlang.runtime.Vec;

/** The methods of {@code Str}. Lengths and indices count Unicode scalar values, not bytes or UTF-16 units. */
public final class StrBuiltins {
    private static final Pattern FLOAT_SYNTAX =
            Pattern.compile("[+-]?((\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|inf|infinity|NaN|nan)");

    private StrBuiltins() {}

    static void addTo(BuiltinTable.Rows t) {
        t.total("Str.len", "fn(Str) -> Int", "len")
                .total("Str.is_empty", "fn(Str) -> Bool", "isEmpty")
                .total("Str.contains", "fn(Str, Str) -> Bool", "contains")
                .total("Str.starts_with", "fn(Str, Str) -> Bool", "startsWith")
                .total("Str.ends_with", "fn(Str, Str) -> Bool", "endsWith")
                .total("Str.find", "fn(Str, Str) -> Option<Int>", "find")
                .total("Str.replace", "fn(Str, Str, Str) -> Str", "replace")
                .total("Str.split", "fn(Str, Str) -> Vec<Str>", "split")
                .total("Str.trim", "fn(Str) -> Str", "trim")
                .total("Str.to_upper", "fn(Str) -> Str", "toUpper")
                .total("Str.to_lower", "fn(Str) -> Str", "toLower")
                .direct("Str.substring", "fn(Str, Int, Int) -> Str", "substring")
                .total("Str.chars", "fn(Str) -> Vec<Str>", "chars")
                .total("Str.parse_int", "fn(Str) -> Option<Int>", "parseInt")
                .total("Str.parse_float", "fn(Str) -> Option<Float>", "parseFloat")
                .direct("Str.repeat", "fn(Str, Int) -> Str", "repeat")
                .direct("Str.pad_left", "fn(Str, Int, Str) -> Str", "padLeft")
                .direct("Str.pad_right", "fn(Str, Int, Str) -> Str", "padRight")
                .total("Str.to_str", "fn(Str) -> Str", "toStr")
                .total("Str.bytes", "fn(Str) -> Bytes", "bytes")
                .total("Str::from_utf8", "fn(Bytes) -> Result<Str, Str>", "fromUtf8");
    }

    public static long len(String s) {
        return s.codePointCount(0, s.length());
    }

    public static boolean isEmpty(String s) {
        return s.isEmpty();
    }

    public static boolean contains(String s, String part) {
        return s.contains(part);
    }

    public static boolean startsWith(String s, String prefix) {
        return s.startsWith(prefix);
    }

    public static boolean endsWith(String s, String suffix) {
        return s.endsWith(suffix);
    }

    public static EnumValue find(String s, String part) {
        int i = s.indexOf(part);
        return i < 0 ? EnumValue.NONE : EnumValue.some((long) s.codePointCount(0, i));
    }

    public static String replace(String s, String from, String to) {
        return s.replace(from, to);
    }

    /** The parts between the separators; an empty separator splits into characters. */
    public static Vec split(String s, String sep) {
        Vec out = new Vec();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        int start = 0;
        while (true) {
            int i = s.indexOf(sep, start);
            if (i < 0) {
                out.add(s.substring(start));
                return out;
            }
            out.add(s.substring(start, i));
            start = i + sep.length();
        }
    }

    public static String trim(String s) {
        return s.strip();
    }

    public static String toUpper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    public static String toLower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public static String substring(String s, long from, long to) {
        int start = charOffset(s, from);
        int end = charOffset(s, to);
        if (start > end) throw Builtin.panic("substring: start " + from + " is after end " + to);
        return s.substring(start, end);
    }

    public static Vec chars(String s) {
        return split(s, "");
    }

    public static EnumValue parseInt(String s) {
        try {
            return EnumValue.some(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return EnumValue.NONE;
        }
    }

    public static EnumValue parseFloat(String s) {
        if (!FLOAT_SYNTAX.matcher(s).matches()) return EnumValue.NONE;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith("inf") || lower.endsWith("infinity")) {
            return EnumValue.some(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (lower.endsWith("nan")) return EnumValue.some(Double.NaN);
        return EnumValue.some(Double.parseDouble(s));
    }

    public static String repeat(String s, long count) {
        long n = Sizes.count("repeat", "count", count, Sizes.copiesThatFit(s.length(), 0));
        if (s.isEmpty()) return s;
        return Sizes.allocate("repeat", "count", count, () -> s.repeat((int) n));
    }

    public static String padLeft(String s, long width, String ch) {
        return pad(s, width, ch, true);
    }

    public static String padRight(String s, long width, String ch) {
        return pad(s, width, ch, false);
    }

    public static String toStr(String s) {
        return s;
    }

    public static Bytes bytes(String s) {
        return new Bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code b} decoded as strict UTF-8 (no overlong forms, no surrogates), or an Err naming the first bad byte. */
    public static EnumValue fromUtf8(Bytes b) {
        ByteBuffer in = ByteBuffer.wrap(b.toArray());
        CharBuffer out = CharBuffer.allocate(in.remaining());
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            return EnumValue.err("invalid UTF-8 at byte offset " + at + " (0x" + HexFormat.of().toHexDigits((byte) b.get(at)) + ")");
        }
        return EnumValue.ok(out.flip().toString());
    }

    private static int charOffset(String s, long index) {
        int n = s.codePointCount(0, s.length());
        if (index < 0 || index > n) throw Builtin.panic(Printer.indexOutOfBounds(n, index));
        return s.offsetByCodePoints(0, (int) index);
    }

    private static String pad(String s, long width, String ch, boolean left) {
        if (ch.codePointCount(0, ch.length()) != 1) {
            throw Builtin.panic("pad character must be a single character, found " + Printer.debug(ch));
        }
        int n = s.codePointCount(0, s.length());
        if (n >= width) return s;
        long missing = width - n;
        if (missing > Sizes.copiesThatFit(ch.length(), s.length())) throw Sizes.tooLarge("pad", "width", width);
        return Sizes.allocate("pad", "width", width, () -> {
            String padding = ch.repeat((int) missing);
            return left ? padding + s : s + padding;
        });
    }
}
