package org.tlang.wasm.encode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A growing byte buffer with WebAssembly's encodings: LEB128 integers, IEEE 754 doubles, names, vectors. */
public class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public Bytes u8(int b) {
        out.write(b);
        return this;
    }

    public Bytes u32(long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    public Bytes s64(long v) {
        while (true) {
            int b = (int) (v & 0x7f);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) return this;
        }
    }

    public Bytes f64(double d) {
        long bits = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) out.write((int) (bits >>> (8 * i)) & 0xff);
        return this;
    }

    public Bytes name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(b.length);
        out.writeBytes(b);
        return this;
    }

    public Bytes raw(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** {@code b} prefixed with its length, as a section or a function body is. */
    public Bytes sized(Bytes b) {
        byte[] content = b.toByteArray();
        u32(content.length);
        out.writeBytes(content);
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
