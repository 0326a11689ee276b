package org.tlang.isolation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.api.Panic;
import org.tlang.api.Value;

/**
 * The protocol between a host and an isolated package's process, one frame at a time: a kind byte,
 * the call's id, then what the kind carries. The host sends {@link #CALL}; the child answers each
 * with {@link #RESULT}, {@link #PANIC} or {@link #FAILURE}, and sends what the package's code
 * prints as {@link #OUT} and {@link #ERR} before the answer of the call that printed it. A
 * {@link Value} is written as a tag and its parts; every string as modified UTF-8 of at most
 * 64 KiB but a {@link Value.Str}, which is a length and UTF-8 bytes.
 */
public final class Frames {
    public static final byte CALL = 1;
    public static final byte RESULT = 2;
    public static final byte PANIC = 3;
    public static final byte FAILURE = 4;
    public static final byte OUT = 5;
    public static final byte ERR = 6;
    /** The child's first frame, once its package compiled: it serves calls from now on (id 0, no body). */
    public static final byte READY = 7;

    private static final byte INT = 1, FLOAT = 2, BOOL = 3, STR = 4, UNIT = 5, VEC = 6, MAP = 7, TUPLE = 8, STRUCT = 9, VARIANT = 10;

    private Frames() {}

    public static void writeCall(DataOutputStream out, long id, String module, String function, List<Value> args) throws IOException {
        synchronized (out) {
            out.writeByte(CALL);
            out.writeLong(id);
            out.writeUTF(module);
            out.writeUTF(function);
            out.writeInt(args.size());
            for (Value v : args) write(out, v);
            out.flush();
        }
    }

    public static void writeResult(DataOutputStream out, long id, Value result) throws IOException {
        synchronized (out) {
            out.writeByte(RESULT);
            out.writeLong(id);
            write(out, result);
            out.flush();
        }
    }

    public static void writePanic(DataOutputStream out, long id, Panic panic) throws IOException {
        synchronized (out) {
            out.writeByte(PANIC);
            out.writeLong(id);
            out.writeUTF(panic.message());
            strings(out, panic.inner());
            out.writeLong(panic.omitted());
            strings(out, panic.outer());
            out.flush();
        }
    }

    /** A call that could not be made: no such function, arguments it does not take, a package that does not compile. */
    public static void writeFailure(DataOutputStream out, long id, String message) throws IOException {
        synchronized (out) {
            out.writeByte(FAILURE);
            out.writeLong(id);
            out.writeUTF(clip(message));
            out.flush();
        }
    }

    public static void writeOutput(DataOutputStream out, byte kind, byte[] bytes, int off, int len) throws IOException {
        synchronized (out) {
            out.writeByte(kind);
            out.writeLong(0);
            out.writeInt(len);
            out.write(bytes, off, len);
            out.flush();
        }
    }

    public static void writeReady(DataOutputStream out) throws IOException {
        synchronized (out) {
            out.writeByte(READY);
            out.writeLong(0);
            out.flush();
        }
    }

    /** A frame as read: its kind and id, and what it carries (the other fields null). */
    public record Frame(byte kind, long id, String module, String function, List<Value> args, Value result, Panic panic, String failure,
                        byte[] bytes) {}

    /** The next frame, or null at the end of the stream. */
    public static Frame read(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) return null;
        long id = in.readLong();
        return switch ((byte) kind) {
            case CALL -> {
                String module = in.readUTF();
                String function = in.readUTF();
                int n = in.readInt();
                List<Value> args = new ArrayList<>(n);
                for (int i = 0; i < n; i++) args.add(read(in, 0));
                yield new Frame(CALL, id, module, function, args, null, null, null, null);
            }
            case RESULT -> new Frame(RESULT, id, null, null, null, read(in, 0), null, null, null);
            case PANIC -> {
                String message = in.readUTF();
                List<String> inner = strings(in);
                long omitted = in.readLong();
                yield new Frame(PANIC, id, null, null, null, null, new Panic(message, inner, omitted, strings(in)), null, null);
            }
            case FAILURE -> new Frame(FAILURE, id, null, null, null, null, null, in.readUTF(), null);
            case OUT, ERR -> {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                yield new Frame((byte) kind, id, null, null, null, null, null, null, bytes);
            }
            case READY -> new Frame(READY, id, null, null, null, null, null, null, null);
            default -> throw new IOException("not a frame of an isolated package: kind " + kind);
        };
    }

    static void write(DataOutputStream out, Value v) throws IOException {
        switch (v) {
            case Value.Int i -> {
                out.writeByte(INT);
                out.writeLong(i.value());
            }
            case Value.Float f -> {
                out.writeByte(FLOAT);
                out.writeDouble(f.value());
            }
            case Value.Bool b -> {
                out.writeByte(BOOL);
                out.writeBoolean(b.value());
            }
            case Value.Str s -> {
                out.writeByte(STR);
                byte[] utf8 = s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            case Value.Unit u -> out.writeByte(UNIT);
            case Value.Vec vec -> {
                out.writeByte(VEC);
                values(out, vec.items());
            }
            case Value.Tuple t -> {
                out.writeByte(TUPLE);
                values(out, t.items());
            }
            case Value.Map m -> {
                out.writeByte(MAP);
                out.writeInt(m.entries().size());
                for (Map.Entry<Value, Value> e : m.entries().entrySet()) {
                    write(out, e.getKey());
                    write(out, e.getValue());
                }
            }
            case Value.Struct s -> {
                out.writeByte(STRUCT);
                out.writeUTF(s.type() == null ? "" : s.type());
                out.writeInt(s.fields().size());
                for (Map.Entry<String, Value> e : s.fields().entrySet()) {
                    out.writeUTF(e.getKey());
                    write(out, e.getValue());
                }
            }
            case Value.Variant e -> {
                out.writeByte(VARIANT);
                out.writeUTF(e.type() == null ? "" : e.type());
                out.writeUTF(e.variant());
                values(out, e.fields());
            }
        }
    }

    /** Values nest as deep as T data does; past this a frame is taken for garbage rather than overflowing the reader's stack. */
    private static final int DEEPEST = 10_000;

    static Value read(DataInputStream in, int depth) throws IOException {
        if (depth > DEEPEST) throw new IOException("a value nested more than " + DEEPEST + " deep");
        int tag = in.readByte();
        return switch (tag) {
            case INT -> new Value.Int(in.readLong());
            case FLOAT -> new Value.Float(in.readDouble());
            case BOOL -> new Value.Bool(in.readBoolean());
            case STR -> {
                byte[] utf8 = new byte[in.readInt()];
                in.readFully(utf8);
                yield new Value.Str(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
            }
            case UNIT -> Value.UNIT;
            case VEC -> new Value.Vec(values(in, depth));
            case TUPLE -> new Value.Tuple(values(in, depth));
            case MAP -> {
                int n = in.readInt();
                Map<Value, Value> entries = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) entries.put(read(in, depth + 1), read(in, depth + 1));
                yield new Value.Map(entries);
            }
            case STRUCT -> {
                String type = in.readUTF();
                int n = in.readInt();
                Map<String, Value> fields = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) fields.put(in.readUTF(), read(in, depth + 1));
                yield new Value.Struct(type.isEmpty() ? null : type, fields);
            }
            case VARIANT -> {
                String type = in.readUTF();
                String variant = in.readUTF();
                yield new Value.Variant(type.isEmpty() ? null : type, variant, values(in, depth));
            }
            default -> throw new IOException("not a value: tag " + tag);
        };
    }

    private static void values(DataOutputStream out, List<Value> items) throws IOException {
        out.writeInt(items.size());
        for (Value v : items) write(out, v);
    }

    private static List<Value> values(DataInputStream in, int depth) throws IOException {
        int n = in.readInt();
        List<Value> out = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) out.add(read(in, depth + 1));
        return out;
    }

    private static void strings(DataOutputStream out, List<String> items) throws IOException {
        out.writeInt(items.size());
        for (String s : items) out.writeUTF(clip(s));
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) out.add(in.readUTF());
        return out;
    }

    /** writeUTF takes at most 65535 bytes; a message is cut well below that. */
    private static String clip(String s) {
        return s.length() > 16_000 ? s.substring(0, 16_000) + "..." : s;
    }
}
