package org.tlang.std.encoding;

import java.lang.invoke.MethodHandles;
import java.util.Base64;
import java.util.HexFormat;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.EnumValue;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.encoding}: bytes as hex and base64 text (RFC 4648, standard alphabet, with padding)
 * and back. Decoding text from outside never panics: bad text is an {@code Err} naming the offset
 * (in characters) and the character that is wrong.
 */
@Component(service = NativeModule.class)
public final class EncodingModule extends JavaModule {
    private static final HexFormat HEX = HexFormat.of();
    private static final String BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public EncodingModule() {
        super("std.encoding", "", MethodHandles.lookup());
        function("hex", "fn(Bytes) -> Str", "hex");
        function("from_hex", "fn(Str) -> Result<Bytes, Str>", "fromHex");
        function("base64", "fn(Bytes) -> Str", "base64");
        function("from_base64", "fn(Str) -> Result<Bytes, Str>", "fromBase64");
    }

    /** Lower-case hex, two digits a byte. */
    public static String hex(Bytes b) {
        return HEX.formatHex(b.toArray());
    }

    /** Upper- and lower-case digits; no separators or {@code 0x} prefix. */
    public static EnumValue fromHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!HexFormat.isHexDigit(s.charAt(i))) {
                return EnumValue.err("invalid hex digit " + describe(s, i) + " at offset " + offset(s, i));
            }
        }
        if (s.length() % 2 != 0) {
            return EnumValue.err("odd number of hex digits (" + s.length() + "): the last byte at offset " + (s.length() - 1) + " is incomplete");
        }
        return EnumValue.ok(new Bytes(HEX.parseHex(s)));
    }

    public static String base64(Bytes b) {
        return Base64.getEncoder().encodeToString(b.toArray());
    }

    /** The standard alphabet; the {@code =} padding may be left out, but if present must be right. */
    public static EnumValue fromBase64(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=' && s.length() - end < 2) end--;
        for (int i = 0; i < end; i++) {
            if (BASE64_ALPHABET.indexOf(s.charAt(i)) < 0) {
                return EnumValue.err("invalid base64 character " + describe(s, i) + " at offset " + offset(s, i));
            }
        }
        if (end % 4 == 1) {
            return EnumValue.err("truncated base64: the character at offset " + (end - 1) + " starts a group of 4 that has only 1");
        }
        if (end < s.length() && s.length() % 4 != 0) {
            return EnumValue.err("wrong base64 padding at offset " + end + ": the text with '=' must be a multiple of 4 long, it is " + s.length());
        }
        return EnumValue.ok(new Bytes(Base64.getDecoder().decode(s.substring(0, end))));
    }

    /** The character at {@code i}, quoted, or its code point when it does not print. */
    private static String describe(String s, int i) {
        int cp = s.codePointAt(i);
        if (Character.isISOControl(cp) || Character.isWhitespace(cp)) return String.format("U+%04X", cp);
        return "'" + Character.toString(cp) + "'";
    }

    /** {@code i} counted in Unicode scalar values, as T counts a Str. */
    private static int offset(String s, int i) {
        return s.codePointCount(0, i);
    }
}
