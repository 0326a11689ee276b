package org.tlang.embed.script;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** T output, written to whatever writer the engine's script context has when it is flushed. */
final class WriterStream extends OutputStream {
    private final Supplier<Writer> writer;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    WriterStream(Supplier<Writer> writer) {
        this.writer = writer;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (pending.size() == 0) return;
        Writer w = writer.get();
        w.write(pending.toString(StandardCharsets.UTF_8));
        w.flush();
        pending.reset();
    }
}
