package org.tlang.api;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Context} is made with.
 *
 * @param root   where module names are found: a package folder (its {@code t.toml}, modules below
 *               {@code src/}) or a folder of loose {@code .t} files
 * @param allow  the grants of the context's own code, as {@code tlang run --allow-...} gives them: {@code CAPABILITY=TARGETS}
 *               ({@code net=127.0.0.1:*}, {@code fs.read=./data}, {@code env}) or {@code all}; null: the
 *               profile's, as for {@code tlang run} with no flags
 * @param limits each call's deadline and fuel (and the cap on tasks), before the profile's
 * @param out    the T code's standard output; {@code err} its standard error
 */
public record ContextOptions(Path root, List<String> allow, Limits limits, PrintStream out, PrintStream err, InputStream in) {
    public ContextOptions {
        Objects.requireNonNull(root, "root");
        allow = allow == null ? null : List.copyOf(allow);
        if (limits == null) limits = Limits.NONE;
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
    }

    /** Modules below {@code root}, the profile's grants, no limits, the process's streams. */
    public static ContextOptions of(Path root) {
        return new ContextOptions(root, null, Limits.NONE, System.out, System.err, InputStream.nullInputStream());
    }

    public ContextOptions allowing(List<String> allow) {
        return new ContextOptions(root, allow, limits, out, err, in);
    }

    public ContextOptions limitedTo(Limits limits) {
        return new ContextOptions(root, allow, limits, out, err, in);
    }

    public ContextOptions printingTo(PrintStream out, PrintStream err) {
        return new ContextOptions(root, allow, limits, out, err, in);
    }
}
