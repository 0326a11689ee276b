package org.tlang.packages;

import java.util.List;
import java.util.Map;

/**
 * What a package says it needs ({@code [capabilities]} of its {@code t.toml}), by name; each with
 * the addresses or path prefixes it is limited to, or none for all. Kept for the sandbox, which
 * grants and enforces them.
 */
public record Capabilities(Map<String, List<String>> needs) {
    /** The names a {@code [capabilities]} table may use. */
    public static final List<String> NAMES = List.of("net", "fs.read", "fs.write", "env", "process", "ffi", "clock");

    public Capabilities {
        needs = Map.copyOf(needs);
    }
}
