package org.tlang.wasm.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class BytesTest {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    @Test
    void unsignedLeb128() {
        assertArrayEquals(bytes(0), new Bytes().u32(0).toByteArray());
        assertArrayEquals(bytes(0x7f), new Bytes().u32(127).toByteArray());
        assertArrayEquals(bytes(0x80, 0x01), new Bytes().u32(128).toByteArray());
        assertArrayEquals(bytes(0xe5, 0x8e, 0x26), new Bytes().u32(624485).toByteArray());
    }

    @Test
    void signedLeb128() {
        assertArrayEquals(bytes(0x3f), new Bytes().s64(63).toByteArray());
        assertArrayEquals(bytes(0xc0, 0x00), new Bytes().s64(64).toByteArray());
        assertArrayEquals(bytes(0x7f), new Bytes().s64(-1).toByteArray());
        assertArrayEquals(bytes(0xc0, 0xbb, 0x78), new Bytes().s64(-123456).toByteArray());
        assertArrayEquals(bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f), new Bytes().s64(Long.MIN_VALUE).toByteArray());
    }

    @Test
    void aSizedPartIsPrefixedWithItsLength() {
        assertArrayEquals(bytes(3, 'a', 'b', 'c'), new Bytes().name("abc").toByteArray());
        assertArrayEquals(bytes(2, 0x80, 0x01), new Bytes().sized(new Bytes().u32(128)).toByteArray());
    }
}
