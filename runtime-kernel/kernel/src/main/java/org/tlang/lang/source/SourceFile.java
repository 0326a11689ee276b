package org.tlang.lang.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.tir.Pos;

/**
 * The text of one T source file, read once. {@code displayName} is how diagnostics and stack
 * traces name it (the path as the user gave it, or relative to the package root).
 */
public record SourceFile(Path path, String displayName, String text) {

    /** A file that is not valid UTF-8, with the place of its first bad byte (1-based line and column, in characters). */
    public static final class BadEncoding extends IOException {
        private final int line;
        private final int column;
        private final String sourceLine;

        BadEncoding(int line, int column, int badByte, String sourceLine) {
            super(String.format("the file is not valid UTF-8: the bytes from 0x%02X on are not a character (save it as UTF-8)", badByte));
            this.line = line;
            this.column = column;
            this.sourceLine = sourceLine;
        }

        public Diagnostic diagnostic(String displayName) {
            return new Diagnostic(Severity.ERROR, displayName, line, column, getMessage(), sourceLine);
        }
    }

    /**
     * Why {@code path} cannot be a T source file, or null if it is a regular file: a directory, a
     * FIFO or a device is said to be one (reading a FIFO would wait for a writer).
     */
    public static String unreadable(Path path) {
        if (Files.isRegularFile(path)) return null;
        if (Files.isDirectory(path)) return "is a directory";
        if (Files.exists(path)) return "is not a regular file (a FIFO, socket or device)";
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "is a broken symbolic link" : "no such file";
    }

    /** Reads UTF-8 source text; a leading byte order mark is dropped. */
    public static SourceFile read(Path path, String displayName) throws IOException {
        return new SourceFile(path, displayName, decode(Files.readAllBytes(path)));
    }

    static String decode(byte[] bytes) throws BadEncoding {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = out.flip().toString();
            int lineStart = before.lastIndexOf('\n') + 1;
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            String rest = StandardCharsets.UTF_8.decode(in.duplicate()).toString();
            int end = rest.indexOf('\n');
            String sourceLine = before.substring(lineStart) + (end < 0 ? rest : rest.substring(0, end));
            throw new BadEncoding(line, before.length() - lineStart + 1, in.get(in.position()) & 0xFF, sourceLine.stripTrailing());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    public static SourceFile of(String displayName, String text) {
        return new SourceFile(Path.of(displayName), displayName, text);
    }

    /** A diagnostic at {@code pos} of this file, with the text of its line. */
    public Diagnostic diagnostic(Severity severity, Pos pos, String message) {
        return new Diagnostic(severity, displayName, pos.line(), pos.column(), message, pos.line() > 0 ? line(pos.line()) : "");
    }

    /** The text of 1-based {@code line}, without its line terminator; empty if out of range. */
    public String line(int line) {
        int start = 0;
        for (int i = 1; i < line; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) end = text.length();
        String s = text.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
