package org.tlang.std.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.EnumValue;
import org.tlang.runtime.Unit;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeModule;
import org.tlang.std.io.streams.IoErrors;
import org.tlang.std.io.streams.Stream;

/**
 * {@code std.io}: {@code IoError}, the program's standard streams and the {@code Reader} and
 * {@code Writer} that files, sockets and child processes hand out. A Reader or Writer is the id of
 * a {@link Stream} in the program's resources; the Java functions below take that id.
 */
@Component(service = NativeModule.class)
public final class IoModule extends JavaModule {
    static final String SOURCE = """
            /// Why an I/O operation failed; the message names the file, address or stream first.
            pub enum IoError {
                NotFound(Str), PermissionDenied(Str), AlreadyExists(Str), InvalidInput(Str),
                TimedOut(Str), ConnectionRefused(Str), ConnectionReset(Str), AddrInUse(Str),
                UnexpectedEof(Str), Closed(Str), Other(Str),
            }

            impl IoError {
                /// The text of the error, e.g. "data.txt: no such file or directory".
                pub fn message(self) -> Str {
                    match self {
                        IoError::NotFound(m) => m, IoError::PermissionDenied(m) => m, IoError::AlreadyExists(m) => m,
                        IoError::InvalidInput(m) => m, IoError::TimedOut(m) => m, IoError::ConnectionRefused(m) => m,
                        IoError::ConnectionReset(m) => m, IoError::AddrInUse(m) => m, IoError::UnexpectedEof(m) => m,
                        IoError::Closed(m) => m, IoError::Other(m) => m,
                    }
                }
            }

            /// Reads bytes from a file, a socket, a child process or stdin; buffered.
            pub struct Reader { id: Int }
            /// Writes bytes to a file, a socket, a child process, stdout or stderr; buffered (flush or close to send).
            pub struct Writer { id: Int }

            impl Reader {
                /// Up to `max` bytes, as soon as some are there; empty Bytes at the end of the stream.
                pub fn read(self, max: Int) -> Result<Bytes, IoError> { read_bytes(self.id, max) }
                pub fn read_all(self) -> Result<Bytes, IoError> { read_all_bytes(self.id) }
                /// The next line without its line end; None at the end of the stream.
                pub fn read_line(self) -> Result<Option<Str>, IoError> { read_line_of(self.id) }
                pub fn lines(self) -> Result<Vec<Str>, IoError> {
                    let mut all = Vec::new();
                    loop {
                        match read_line_of(self.id)? {
                            Some(line) => all.push(line),
                            None => return Ok(all),
                        }
                    }
                }
                /// The rest of the stream as UTF-8 text; InvalidInput naming the offset of the first bad byte.
                pub fn read_to_str(self) -> Result<Str, IoError> { read_str_of(self.id) }
                pub fn close(self) -> Result<(), IoError> { close_of(self.id) }
            }

            impl Writer {
                pub fn write(self, b: Bytes) -> Result<(), IoError> { write_bytes(self.id, b) }
                pub fn write_str(self, s: Str) -> Result<(), IoError> { write_text(self.id, s) }
                pub fn flush(self) -> Result<(), IoError> { flush_of(self.id) }
                /// Flushes and closes; of a socket or a child only the sending side (the peer sees the end,
                /// reading goes on). Closing again is Ok(()).
                pub fn close(self) -> Result<(), IoError> { close_writer_of(self.id) }
            }

            pub fn stdin() -> Reader { Reader { id: standard(0) } }
            pub fn stdout() -> Writer { Writer { id: standard(1) } }
            pub fn stderr() -> Writer { Writer { id: standard(2) } }
            """;

    public IoModule() {
        super("std.io", SOURCE, MethodHandles.lookup());
        handle("Reader", "id");
        handle("Writer", "id");
        function("standard", "fn(Int) -> Int", "standard");
        function("read_bytes", "fn(Int, Int) -> Result<Bytes, IoError>", "readBytes");
        function("read_all_bytes", "fn(Int) -> Result<Bytes, IoError>", "readAllBytes");
        function("read_line_of", "fn(Int) -> Result<Option<Str>, IoError>", "readLine");
        function("read_str_of", "fn(Int) -> Result<Str, IoError>", "readStr");
        function("write_bytes", "fn(Int, Bytes) -> Result<(), IoError>", "writeBytes");
        function("write_text", "fn(Int, Str) -> Result<(), IoError>", "writeText");
        function("flush_of", "fn(Int) -> Result<(), IoError>", "flush");
        function("close_of", "fn(Int) -> Result<(), IoError>", "close");
        function("close_writer_of", "fn(Int) -> Result<(), IoError>", "closeWriter");
    }

    /** The id of the program's stdin (0), stdout (1) or stderr (2). */
    static long standard(NativeContext cx, long which) {
        return switch ((int) which) {
            case 0 -> cx.resources().named("stdin", () -> new Stream("stdin", cx.stdin(), null, false, null));
            case 1 -> cx.resources().named("stdout", () -> new Stream("stdout", null, unclosable(cx.streams().out()), false, null));
            default -> cx.resources().named("stderr", () -> new Stream("stderr", null, unclosable(cx.streams().err()), false, null));
        };
    }

    /** A standard stream's writer: closing it flushes, and print goes on working. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** The stream {@code id} (a closed one too, which every use reports as Closed); null if it never was one. */
    static Stream stream(NativeContext cx, long id) {
        return cx.resources().get(id, Stream.class);
    }

    /** What a function does with an open stream; its IOException becomes the IoError of the stream. */
    interface StreamWork {
        Object run(Stream s) throws IOException;
    }

    /** Runs {@code work} on stream {@code id} if it is open and has the side asked for: Ok of its value, or the IoError. */
    private static Object on(NativeContext cx, long id, boolean reading, StreamWork work) {
        Stream s = stream(cx, id);
        if (s == null || !(reading ? s.readable() : s.writable())) return IoErrors.closed((reading ? "reader " : "writer ") + id);
        return IoErrors.attempt(s.name(), () -> work.run(s));
    }

    static Object readBytes(NativeContext cx, long id, long max) {
        if (max < 0) throw new org.tlang.runtime.PanicException("Reader.read: negative max " + max);
        return on(cx, id, true, s -> new Bytes(s.read((int) Math.min(max, Integer.MAX_VALUE))));
    }

    static Object readAllBytes(NativeContext cx, long id) {
        return on(cx, id, true, s -> new Bytes(s.readAll()));
    }

    static Object readLine(NativeContext cx, long id) {
        return on(cx, id, true, s -> EnumValue.option(s.readLine()));
    }

    static Object readStr(NativeContext cx, long id) {
        return on(cx, id, true, s -> {
            byte[] all = s.readAll();
            return Stream.utf8(all, all.length);
        });
    }

    static Object writeBytes(NativeContext cx, long id, Bytes b) {
        return on(cx, id, false, s -> {
            s.write(b);
            return Unit.VALUE;
        });
    }

    static Object writeText(NativeContext cx, long id, String text) {
        return on(cx, id, false, s -> {
            s.write(text.getBytes(StandardCharsets.UTF_8));
            return Unit.VALUE;
        });
    }

    static Object flush(NativeContext cx, long id) {
        return on(cx, id, false, s -> {
            s.flush();
            return Unit.VALUE;
        });
    }

    /**
     * A writer's close: of a stream with an input side too (a socket, a child), only the output
     * side closes, so what the peer answers can still be read; else the whole stream.
     */
    static Object closeWriter(NativeContext cx, long id) {
        Stream s = stream(cx, id);
        if (s != null && s.twoSided()) return IoErrors.attempt(s.name(), () -> {
            s.closeOutput();
            return Unit.VALUE;
        });
        return close(cx, id);
    }

    /** Closes the stream {@code id}; closing a closed one is Ok. */
    static Object close(NativeContext cx, long id) {
        Stream s = stream(cx, id);
        return IoErrors.close(cx, id, s == null ? "stream " + id : s.name());
    }
}
