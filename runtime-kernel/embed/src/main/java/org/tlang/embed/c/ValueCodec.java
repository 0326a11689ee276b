package org.tlang.embed.c;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.api.Value;

/**
 * Values as {@code libtlang.so} passes them, one byte array per call: a tag, then the payload,
 * little-endian. {@code I} int64; {@code F} float64; {@code B} one byte 0/1; {@code S} a string;
 * {@code U}; {@code V} (Vec) and {@code T} (tuple) a u32 count and the items; {@code M} a count and
 * key, value pairs; {@code R} (struct) the type (a string, empty for none), a count and name, value
 * pairs; {@code E} (enum) the type, the variant and a count and the fields. A string is a u32 byte
 * length and UTF-8. {@code tlang.c} writes and reads the same.
 */
final class ValueCodec {
    private ValueCodec() {}

    static Value[] decodeAll(byte[] bytes, int count) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Value[] out = new Value[count];
        for (int i = 0; i < count; i++) out[i] = decode(in);
        if (in.hasRemaining()) throw new IllegalArgumentException("malformed arguments: " + in.remaining() + " bytes left over");
        return out;
    }

    static Value decode(ByteBuffer in) {
        byte tag = in.get();
        return switch (tag) {
            case 'I' -> new Value.Int(in.getLong());
            case 'F' -> new Value.Float(in.getDouble());
            case 'B' -> new Value.Bool(in.get() != 0);
            case 'S' -> new Value.Str(string(in));
            case 'U' -> Value.UNIT;
            case 'V' -> new Value.Vec(items(in));
            case 'T' -> new Value.Tuple(items(in));
            case 'M' -> {
                int n = count(in);
                Map<Value, Value> entries = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) entries.put(decode(in), decode(in));
                yield new Value.Map(entries);
            }
            case 'R' -> {
                String type = string(in);
                int n = count(in);
                Map<String, Value> fields = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) fields.put(string(in), decode(in));
                yield new Value.Struct(type.isEmpty() ? null : type, fields);
            }
            case 'E' -> {
                String type = string(in);
                String variant = string(in);
                yield new Value.Variant(type.isEmpty() ? null : type, variant, items(in));
            }
            default -> throw new IllegalArgumentException("malformed value: tag " + tag);
        };
    }

    private static List<Value> items(ByteBuffer in) {
        int n = count(in);
        List<Value> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) items.add(decode(in));
        return items;
    }

    private static int count(ByteBuffer in) {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) throw new IllegalArgumentException("malformed value: count " + Integer.toUnsignedString(n));
        return n;
    }

    private static String string(ByteBuffer in) {
        int n = count(in);
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    static byte[] encode(Value v) {
        Out out = new Out();
        write(out, v);
        return out.bytes();
    }

    private static void write(Out out, Value v) {
        switch (v) {
            case Value.Int(long x) -> out.tag('I').buffer(8).putLong(x);
            case Value.Float(double x) -> out.tag('F').buffer(8).putDouble(x);
            case Value.Bool(boolean x) -> out.tag('B').buffer(1).put((byte) (x ? 1 : 0));
            case Value.Str(String x) -> out.tag('S').string(x);
            case Value.Unit u -> out.tag('U');
            case Value.Vec(List<Value> items) -> {
                out.tag('V').count(items.size());
                for (Value x : items) write(out, x);
            }
            case Value.Tuple(List<Value> items) -> {
                out.tag('T').count(items.size());
                for (Value x : items) write(out, x);
            }
            case Value.Map(Map<Value, Value> entries) -> {
                out.tag('M').count(entries.size());
                entries.forEach((k, x) -> {
                    write(out, k);
                    write(out, x);
                });
            }
            case Value.Struct(String type, Map<String, Value> fields) -> {
                out.tag('R').string(type == null ? "" : type).count(fields.size());
                fields.forEach((name, x) -> {
                    out.string(name);
                    write(out, x);
                });
            }
            case Value.Variant(String type, String variant, List<Value> fields) -> {
                out.tag('E').string(type == null ? "" : type).string(variant).count(fields.size());
                for (Value x : fields) write(out, x);
            }
        }
    }

    /** A growing little-endian buffer. */
    private static final class Out {
        private ByteBuffer buf = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);

        ByteBuffer buffer(int room) {
            if (buf.remaining() < room) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + room)).order(ByteOrder.LITTLE_ENDIAN);
                buf.flip();
                bigger.put(buf);
                buf = bigger;
            }
            return buf;
        }

        Out tag(char t) {
            buffer(1).put((byte) t);
            return this;
        }

        Out count(int n) {
            buffer(4).putInt(n);
            return this;
        }

        Out string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            buffer(4 + b.length).putInt(b.length).put(b);
            return this;
        }

        byte[] bytes() {
            byte[] out = new byte[buf.position()];
            buf.flip();
            buf.get(out);
            return out;
        }
    }
}
