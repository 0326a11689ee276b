package org.tlang.wasm.encode;

/** The value types the tier uses, with their binary codes. */
public enum ValType {
    I32(0x7f), I64(0x7e), F64(0x7c);

    public final int code;

    ValType(int code) {
        this.code = code;
    }
}
