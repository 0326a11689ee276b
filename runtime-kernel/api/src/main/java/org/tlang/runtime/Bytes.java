package org.tlang.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** T's {@code Bytes}: a growable, mutable byte buffer; elements read as Int 0..255. */
public final class Bytes {
    private byte[] data;
    private int length;

    public Bytes(byte[] data) {
        this.data = data;
        this.length = data.length;
    }

    public int length() {
        return length;
    }

    public int get(int i) {
        return data[i] & 0xff;
    }

    public void set(int i, long v) {
        data[i] = (byte) v;
    }

    public void push(long v) {
        if (length == data.length) {
            if (length >= Vec.MAX_LENGTH) throw Vec.capacityOverflow();
            data = Arrays.copyOf(data, (int) Math.min(Vec.MAX_LENGTH, Math.max(8, length * 2L)));
        }
        data[length++] = (byte) v;
    }

    /** A copy of the contents. */
    public byte[] toArray() {
        return Arrays.copyOf(data, length);
    }

    /** Writes the contents to {@code out} without copying them first (an I/O buffer's way out). */
    public void writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(data, 0, length);
    }

    /** The contents decoded as UTF-8, invalid sequences replaced. */
    public String decode() {
        return new String(data, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(data, 0, length, b.data, 0, b.length);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toArray());
    }
}
