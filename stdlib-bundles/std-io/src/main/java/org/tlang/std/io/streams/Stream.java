package org.tlang.std.io.streams;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What a T {@code Reader} and {@code Writer} read and write: a buffered input side, a buffered
 * output side or both (a file, a socket, a child process), under the name errors show. Closing it
 * closes both sides and what is underneath; the output side of a two-sided one can close alone. Reads and writes are each serialised, so tasks that
 * share a stream see whole lines and whole writes.
 */
public final class Stream implements AutoCloseable {
    private final String name;
    private final InputStream in;
    private final OutputStream out;
    private final AutoCloseable underneath;
    private volatile boolean closed;
    private volatile boolean outputClosed;

    /**
     * @param in         the input side, or null
     * @param out        the output side, or null (both sides are buffered here unless {@code buffer} is false:
     *                   a {@link SegmentInput} or {@link SegmentOutput} buffers itself)
     * @param underneath what closing closes after both sides (a channel, a process), or null
     */
    public Stream(String name, InputStream in, OutputStream out, boolean buffer, AutoCloseable underneath) {
        this.name = name;
        this.in = in == null ? null : buffer ? new BufferedInputStream(in, 64 * 1024) : in;
        this.out = out == null ? null : buffer ? new BufferedOutputStream(out, 64 * 1024) : out;
        this.underneath = underneath;
    }

    @Override
    public String toString() {
        return "stream " + name;
    }

    public String name() {
        return name;
    }

    /** What closing closes after both sides (a socket channel, say), or null. */
    public AutoCloseable underneath() {
        return underneath;
    }

    public boolean readable() {
        return in != null;
    }

    /** Whether it has an input and an output side (a socket, a child), open or not. */
    public boolean twoSided() {
        return in != null && out != null;
    }

    public boolean writable() {
        return out != null && !outputClosed;
    }

    /** Up to {@code max} bytes, as soon as some are there; none at the end of the stream. */
    public byte[] read(int max) throws IOException {
        synchronized (in) {
            byte[] buffer = new byte[Math.min(max, 64 * 1024)];
            int n = in.read(buffer);
            if (n <= 0) return new byte[0];
            return n == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, n);
        }
    }

    public byte[] readAll() throws IOException {
        synchronized (in) {
            return in.readAllBytes();
        }
    }

    /** The next line without its {@code \n} or {@code \r\n}; null at the end of the stream. */
    public String readLine() throws IOException {
        synchronized (in) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') line.write(b);
            if (b < 0 && line.size() == 0) return null;
            byte[] bytes = line.toByteArray();
            int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            return utf8(bytes, n);
        }
    }

    public void write(byte[] bytes) throws IOException {
        synchronized (out) {
            out.write(bytes);
        }
    }

    /** Writes {@code bytes} without a copy of them. */
    public void write(org.tlang.runtime.Bytes bytes) throws IOException {
        synchronized (out) {
            bytes.writeTo(out);
        }
    }

    public void flush() throws IOException {
        synchronized (out) {
            out.flush();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Flushes and closes the output side only, the input side going on: a child's stdin gets its
     * end, a socket sends its FIN ({@code shutdownOutput}, as closing a socket's stream would close
     * the socket).
     */
    public void closeOutput() throws IOException {
        if (outputClosed || closed) return;
        outputClosed = true;
        synchronized (out) {
            out.flush();
        }
        if (underneath instanceof java.nio.channels.SocketChannel socket) socket.shutdownOutput();
        else out.close();
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        IOException failure = null;
        try {
            if (out != null) out.close();
        } catch (IOException e) {
            failure = e;
        }
        try {
            if (in != null) in.close();
            if (underneath != null) underneath.close();
        } catch (IOException e) {
            if (failure == null) failure = e;
        } catch (Exception e) {
            if (failure == null) failure = new IOException(e.getMessage(), e);
        }
        if (failure != null) throw failure;
    }

    /** {@code bytes[0..n]} as UTF-8; {@link BadUtf8} naming the offset of the first bad byte. */
    public static String utf8(byte[] bytes, int n) throws BadUtf8 {
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, n);
        CharBuffer out = CharBuffer.allocate(n);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (result.isError()) throw new BadUtf8(in.position());
        return out.flip().toString();
    }

    /** Bytes that are not UTF-8, from {@link #offset} on. */
    public static final class BadUtf8 extends CharacterCodingException {
        private final int offset;

        BadUtf8(int offset) {
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }

        @Override
        public String getMessage() {
            return "not valid UTF-8 (at byte " + offset + ")";
        }
    }
}
