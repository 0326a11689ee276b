package org.tlang.std.io.streams;

import java.io.EOFException;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.IoError;
import org.tlang.runtime.Unit;
import org.tlang.spi.natives.NativeContext;

/**
 * The T enum {@code std.io.IoError} (its shape is the API's {@link IoError}) and the mapping from
 * Java's I/O exceptions to it. Every message names the target first: {@code NotFound("data.txt: no such file")}.
 */
public final class IoErrors {
    public static final EnumShape IO_ERROR = IoError.SHAPE;
    public static final int NOT_FOUND = IoError.NOT_FOUND;
    public static final int PERMISSION_DENIED = IoError.PERMISSION_DENIED;
    public static final int ALREADY_EXISTS = IoError.ALREADY_EXISTS;
    public static final int INVALID_INPUT = IoError.INVALID_INPUT;
    public static final int TIMED_OUT = IoError.TIMED_OUT;
    public static final int CONNECTION_REFUSED = IoError.CONNECTION_REFUSED;
    public static final int CONNECTION_RESET = IoError.CONNECTION_RESET;
    public static final int ADDR_IN_USE = IoError.ADDR_IN_USE;
    public static final int UNEXPECTED_EOF = IoError.UNEXPECTED_EOF;
    public static final int CLOSED = IoError.CLOSED;
    public static final int OTHER = IoError.OTHER;

    private IoErrors() {}

    /** The IoError {@code variant} with {@code message}. */
    public static EnumValue error(int variant, String message) {
        return IoError.of(variant, message);
    }

    /** {@code Err(IoError::VARIANT(message))}. */
    public static EnumValue err(int variant, String message) {
        return EnumValue.err(error(variant, message));
    }

    /** {@code Err(PermissionDenied(what))} for a capability the program was not granted. */
    public static EnumValue denied(String what) {
        return err(PERMISSION_DENIED, what + ": not granted");
    }

    /** {@code Err(Closed(..))} for a use of a resource after its close. */
    public static EnumValue closed(String what) {
        return err(CLOSED, what + ": closed");
    }

    /** Something a std function does to the outside world; its IOException becomes an IoError. */
    public interface Work {
        Object run() throws IOException;
    }

    /** {@code Ok} of what {@code work} gives, or the IoError of its IOException, which happened to {@code target}. */
    public static EnumValue attempt(String target, Work work) {
        try {
            return EnumValue.ok(work.run());
        } catch (IOException e) {
            return err(target, e);
        }
    }

    /** Closes the program's resource {@code id}: {@code Ok(())}, also when it was closed already, or the IoError of {@code name} failing to close. */
    public static EnumValue close(NativeContext cx, long id, String name) {
        return attempt(name, () -> {
            try {
                cx.resources().close(id);
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e.getMessage(), e);
            }
            return Unit.VALUE;
        });
    }

    /** {@code Err(..)} for {@code e}, which happened to {@code target} (a path, an address, "stdin"). */
    public static EnumValue err(String target, IOException e) {
        return EnumValue.err(of(target, e));
    }

    /** The IoError for {@code e}, which happened to {@code target}. */
    public static EnumValue of(String target, IOException e) {
        return switch (e) {
            case NoSuchFileException x -> error(NOT_FOUND, target + ": no such file or directory");
            case AccessDeniedException x -> error(PERMISSION_DENIED, target + ": permission denied");
            case FileAlreadyExistsException x -> error(ALREADY_EXISTS, target + ": already exists");
            case DirectoryNotEmptyException x -> error(OTHER, target + ": directory not empty");
            case NotDirectoryException x -> error(INVALID_INPUT, target + ": not a directory");
            case Stream.BadUtf8 x -> error(INVALID_INPUT, target + ": " + x.getMessage());
            case CharacterCodingException x -> error(INVALID_INPUT, target + ": not valid UTF-8");
            case EOFException x -> error(UNEXPECTED_EOF, target + ": unexpected end of stream");
            case ClosedChannelException x -> error(CLOSED, target + ": closed");
            case SocketTimeoutException x -> error(TIMED_OUT, target + ": timed out");
            case ConnectException x -> error(CONNECTION_REFUSED, target + ": connection refused");
            case NoRouteToHostException x -> error(CONNECTION_REFUSED, target + ": no route to host");
            case UnknownHostException x -> error(NOT_FOUND, target + ": unknown host");
            case BindException x -> error(ADDR_IN_USE, target + ": address in use");
            case SocketException x when reset(x) -> error(CONNECTION_RESET, target + ": connection reset");
            case FileSystemException x -> error(fileSystemKind(x), target + ": " + reason(x));
            default -> error(OTHER, target + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        };
    }

    private static boolean reset(SocketException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase();
        return m.contains("reset") || m.contains("broken pipe");
    }

    private static int fileSystemKind(FileSystemException e) {
        String reason = reason(e).toLowerCase();
        if (reason.contains("is a directory") || reason.contains("not a directory")) return INVALID_INPUT;
        if (reason.contains("permission") || reason.contains("read-only")) return PERMISSION_DENIED;
        return OTHER;
    }

    /** The system's reason without the path Java puts in front ("No space left on device"). */
    private static String reason(FileSystemException e) {
        String r = e.getReason();
        return r == null ? String.valueOf(e.getMessage()) : r.substring(0, 1).toLowerCase() + r.substring(1);
    }
}
