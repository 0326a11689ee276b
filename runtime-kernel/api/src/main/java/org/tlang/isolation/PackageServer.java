package org.tlang.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.tlang.api.Context;
import org.tlang.api.TlangException;
import org.tlang.api.Value;

/**
 * The side of an isolated package's process: reads the host's calls from {@code in} and makes
 * each in a {@link Context} of the package, on a virtual thread of its own, so that one slow call
 * does not hold up the others; its answers, and what the package's code prints, go to {@code out}.
 */
public final class PackageServer {
    private final DataInputStream in;
    private final DataOutputStream out;
    private final PrintStream stdout;
    private final PrintStream stderr;

    public PackageServer(InputStream in, OutputStream out) {
        this.in = new DataInputStream(new BufferedInputStream(in));
        this.out = new DataOutputStream(new BufferedOutputStream(out));
        this.stdout = new PrintStream(new Printed(Frames.OUT), true, StandardCharsets.UTF_8);
        this.stderr = new PrintStream(new Printed(Frames.ERR), true, StandardCharsets.UTF_8);
    }

    /** Where the package's code prints to its standard output: the host prints it on the program's. */
    public PrintStream stdout() {
        return stdout;
    }

    public PrintStream stderr() {
        return stderr;
    }

    /** Says it is ready, then serves calls until the host closes its end. */
    public void serve(Context context) throws IOException {
        Frames.writeReady(out);
        for (Frames.Frame f; (f = Frames.read(in)) != null; ) {
            if (f.kind() != Frames.CALL) throw new IOException("the host sent a frame of kind " + f.kind() + ", not a call");
            Frames.Frame call = f;
            Thread.ofVirtual().name("tlang-isolated-call-" + f.id()).start(() -> answer(context, call));
        }
    }

    private void answer(Context context, Frames.Frame call) {
        try {
            Value result;
            try {
                result = context.execute(call.module(), call.function(), call.args().toArray(Value[]::new));
            } finally {
                stdout.flush();
                stderr.flush();
            }
            Frames.writeResult(out, call.id(), result);
        } catch (TlangException e) {
            try {
                if (e.panic() != null) Frames.writePanic(out, call.id(), e.panic());
                else Frames.writeFailure(out, call.id(), e.getMessage());
            } catch (IOException gone) {
                // the host went away: nobody waits for this answer
            }
        } catch (IOException gone) {
            // likewise
        } catch (RuntimeException e) {
            try {
                Frames.writeFailure(out, call.id(), "internal error in the package's process: " + e);
            } catch (IOException gone) {
                // likewise
            }
        }
    }

    /** Bytes the package's code prints, each write a frame. */
    private final class Printed extends OutputStream {
        private final byte kind;

        Printed(byte kind) {
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0) Frames.writeOutput(out, kind, b, off, len);
        }
    }
}
