package org.tlang.embed.c;

import java.nio.file.Path;
import java.util.List;
import org.tlang.api.Context;
import org.tlang.api.ContextOptions;
import org.tlang.api.Limits;
import org.tlang.api.TlangException;
import org.tlang.api.Value;
import org.tlang.embed.Tlang;

/**
 * One handle of {@code libtlang.so}: a runtime and the context its calls run in. {@code tlang.c}
 * calls these methods through JNI; anything they throw it turns into the error message of
 * {@link #describe}, so no Java exception ever reaches the C host.
 */
public final class LibTlang {
    private final Tlang tlang;
    private final Context context;

    private LibTlang(Tlang tlang, Context context) {
        this.tlang = tlang;
        this.context = context;
    }

    /**
     * @param home  the distribution folder, or null to find it as {@link Tlang#start()} does
     * @param root  the folder module names are found below
     * @param allow grants as {@link ContextOptions#allow}, or null for the profile's
     */
    public static LibTlang init(String home, String root, String[] allow, long maxMillis, long maxFuel) {
        Tlang tlang = home == null ? Tlang.start() : Tlang.start(Path.of(home));
        try {
            ContextOptions options = ContextOptions.of(Path.of(root == null ? "." : root)).limitedTo(new Limits(maxMillis, maxFuel));
            if (allow != null) options = options.allowing(List.of(allow));
            return new LibTlang(tlang, tlang.runtime().context(options));
        } catch (RuntimeException e) {
            tlang.close();
            throw e;
        }
    }

    /**
     * Calls {@code entry}, {@code MODULE.FUNCTION} ({@code app.calc.add}) or {@code FILE.t:FUNCTION},
     * with {@code count} arguments encoded in {@code args} ({@link ValueCodec}); its result, encoded.
     */
    public byte[] execute(String entry, byte[] args, int count) {
        int colon = entry.lastIndexOf(':');
        int split = colon > 0 && entry.substring(0, colon).endsWith(".t") ? colon : entry.lastIndexOf('.');
        if (split <= 0 || split == entry.length() - 1) {
            throw new TlangException("entry `" + entry + "` is not MODULE.FUNCTION (app.calc.add) or FILE.t:FUNCTION");
        }
        Value[] values;
        try {
            values = ValueCodec.decodeAll(args, count);
        } catch (RuntimeException e) {
            throw new TlangException("the arguments are malformed: " + e.getMessage());
        }
        return ValueCodec.encode(context.execute(entry.substring(0, split), entry.substring(split + 1), values));
    }

    public void shutdown() {
        try {
            context.close();
        } finally {
            tlang.close();
        }
    }

    /**
     * The message a C host gets for {@code t}, in UTF-8 (JNI's own strings are modified UTF-8): a
     * panic with its T trace, compile errors, or one line.
     */
    public static byte[] describe(Throwable t) {
        String message;
        if (t instanceof TlangException e) {
            message = e.panic() != null || !e.diagnostics().isEmpty() ? e.rendered().strip() : e.getMessage();
        } else {
            message = t.getMessage() == null ? t.toString() : t.getClass().getSimpleName() + ": " + t.getMessage();
        }
        return message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
