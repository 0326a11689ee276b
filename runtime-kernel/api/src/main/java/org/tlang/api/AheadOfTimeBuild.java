package org.tlang.api;

import java.util.List;
import java.util.Map;

/**
 * A package's modules compiled ahead of time ({@link TlangRuntime#compileAhead}), for a bundle jar
 * to carry beside the sources.
 *
 * @param files       each file written, by its path in the package ({@code aot/jit/geo/point.bin} for
 *                    {@code src/geo/point.t})
 * @param compiled    the qualified name of each function compiled
 * @param interpreted each function left to the interpreter, with why
 * @param none        why nothing could be compiled (no compiling tier is bound, say), or null
 */
public record AheadOfTimeBuild(Map<String, byte[]> files, List<String> compiled, List<String> interpreted, String none) {
    public AheadOfTimeBuild {
        files = Map.copyOf(files);
        compiled = List.copyOf(compiled);
        interpreted = List.copyOf(interpreted);
    }

    /** Nothing compiled, because of {@code why}. */
    public static AheadOfTimeBuild none(String why) {
        return new AheadOfTimeBuild(Map.of(), List.of(), List.of(), why);
    }
}
