package org.tlang.std.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tlang.api.Value;

/**
 * The serial form of T values between members: a compact binary form of {@link Value}, one tag
 * byte per value. Equal values have equal bytes (maps keep their order), so map keys compare by
 * their bytes.
 */
final class ValueCodec {
    private static final int INT = 'i', FLOAT = 'f', TRUE = 't', FALSE = 'b', STR = 's', UNIT = 'u', VEC = 'v', MAP = 'm',
            TUPLE = 'p', STRUCT = 'r', VARIANT = 'e';

    private ValueCodec() {}

    static byte[] encode(Value v) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(out, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Value decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a value in the cluster's serial form: " + e.getMessage());
        }
    }

    private static void write(DataOutputStream out, Value v) throws IOException {
        switch (v) {
            case Value.Int(long x) -> { out.writeByte(INT); out.writeLong(x); }
            case Value.Float(double x) -> { out.writeByte(FLOAT); out.writeDouble(x); }
            case Value.Bool(boolean x) -> out.writeByte(x ? TRUE : FALSE);
            case Value.Str(String x) -> { out.writeByte(STR); text(out, x); }
            case Value.Unit u -> out.writeByte(UNIT);
            case Value.Vec(List<Value> items) -> { out.writeByte(VEC); all(out, items); }
            case Value.Tuple(List<Value> items) -> { out.writeByte(TUPLE); all(out, items); }
            case Value.Map(Map<Value, Value> entries) -> {
                out.writeByte(MAP);
                out.writeInt(entries.size());
                for (Map.Entry<Value, Value> e : entries.entrySet()) {
                    write(out, e.getKey());
                    write(out, e.getValue());
                }
            }
            case Value.Struct(String type, Map<String, Value> fields) -> {
                out.writeByte(STRUCT);
                text(out, type == null ? "" : type);
                out.writeInt(fields.size());
                for (Map.Entry<String, Value> f : fields.entrySet()) {
                    text(out, f.getKey());
                    write(out, f.getValue());
                }
            }
            case Value.Variant(String type, String variant, List<Value> fields) -> {
                out.writeByte(VARIANT);
                text(out, type == null ? "" : type);
                text(out, variant);
                all(out, fields);
            }
        }
    }

    private static void all(DataOutputStream out, List<Value> items) throws IOException {
        out.writeInt(items.size());
        for (Value item : items) write(out, item);
    }

    /** UTF-8 with an int length: writeUTF stops at 64 KB. */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static Value read(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        return switch (tag) {
            case INT -> new Value.Int(in.readLong());
            case FLOAT -> new Value.Float(in.readDouble());
            case TRUE -> new Value.Bool(true);
            case FALSE -> new Value.Bool(false);
            case STR -> new Value.Str(text(in));
            case UNIT -> Value.UNIT;
            case VEC -> new Value.Vec(all(in));
            case TUPLE -> new Value.Tuple(all(in));
            case MAP -> {
                int n = count(in);
                Map<Value, Value> entries = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) entries.put(read(in), read(in));
                yield new Value.Map(entries);
            }
            case STRUCT -> {
                String type = text(in);
                int n = count(in);
                Map<String, Value> fields = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) fields.put(text(in), read(in));
                yield new Value.Struct(type.isEmpty() ? null : type, fields);
            }
            case VARIANT -> {
                String type = text(in);
                String variant = text(in);
                yield new Value.Variant(type.isEmpty() ? null : type, variant, all(in));
            }
            default -> throw new IOException("unknown tag " + tag);
        };
    }

    private static List<Value> all(DataInputStream in) throws IOException {
        int n = count(in);
        List<Value> items = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) items.add(read(in));
        return items;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) throw new IOException("negative length " + n);
        return n;
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(count(in)), java.nio.charset.StandardCharsets.UTF_8);
    }
}
