package org.tlang.runtime;

import java.util.List;

/**
 * The enum {@code std.io.IoError} as the runtime builds its values. std.io declares it in T; the
 * prelude's own fallible calls ({@code rx.recv_timeout}) give it too, so its shape lives here,
 * where both see it.
 */
public final class IoError {
    /** Its qualified name, which a built-in signature writes to mean std.io's enum. */
    public static final String NAME = "std.io.IoError";
    public static final EnumShape SHAPE = new EnumShape(NAME, List.of("NotFound", "PermissionDenied", "AlreadyExists",
            "InvalidInput", "TimedOut", "ConnectionRefused", "ConnectionReset", "AddrInUse", "UnexpectedEof", "Closed", "Other"));
    public static final int NOT_FOUND = 0;
    public static final int PERMISSION_DENIED = 1;
    public static final int ALREADY_EXISTS = 2;
    public static final int INVALID_INPUT = 3;
    public static final int TIMED_OUT = 4;
    public static final int CONNECTION_REFUSED = 5;
    public static final int CONNECTION_RESET = 6;
    public static final int ADDR_IN_USE = 7;
    public static final int UNEXPECTED_EOF = 8;
    public static final int CLOSED = 9;
    public static final int OTHER = 10;

    private IoError() {}

    /** The IoError {@code variant} with {@code message}. */
    public static EnumValue of(int variant, String message) {
        return new EnumValue(SHAPE, variant, message);
    }

    /** {@code Err(IoError::VARIANT(message))}. */
    public static EnumValue err(int variant, String message) {
        return EnumValue.err(of(variant, message));
    }
}
