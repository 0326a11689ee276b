package org.tlang.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tlang.api.Limits;

/**
 * Reads a profile's {@code [sandbox]}: a table per package of what it is granted, each capability
 * {@code true} (every target) or a list of targets:
 * <pre>
 * [sandbox.kv_store]
 * net = ["127.0.0.1:*"]
 * fs.write = ["./data"]
 * </pre>
 * A package's table may also say {@code isolation = "process"}: its code then runs in a process of its own.
 * And the limits of every run, {@code max-ms}, {@code max-fuel} and {@code max-tasks} ({@link Limits}).
 * Every error names the key ({@code 'sandbox.kv_store.net'}).
 */
public final class SandboxTable {
    /** The keys of {@code [sandbox]} itself that are limits, not packages. */
    static final Set<String> LIMITS = Set.of("max-ms", "max-fuel", "max-tasks");

    private SandboxTable() {}

    /** The grants of {@code table}; each problem, without the profile's name, goes to {@code problems}. */
    public static Sandbox read(JsonNode table, Consumer<String> problems) {
        Map<String, Grants> packages = new LinkedHashMap<>();
        long maxMs = 0, maxFuel = 0, maxTasks = 0;
        boolean process = false;
        java.util.Set<String> isolated = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> pkg : table.properties()) {
            String key = "sandbox." + pkg.getKey();
            if (pkg.getKey().equals("isolation")) {
                String v = pkg.getValue().asText();
                if (!pkg.getValue().isTextual() || !(v.equals("none") || v.equals("process"))) {
                    problems.accept("'" + key + "' must be \"none\" or \"process\", not " + pkg.getValue());
                }
                process = v.equals("process");
                continue;
            }
            if (LIMITS.contains(pkg.getKey())) {
                JsonNode v = pkg.getValue();
                long max = pkg.getKey().equals("max-tasks") ? Integer.MAX_VALUE : Long.MAX_VALUE;
                if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() <= 0 || v.asLong() > max) {
                    problems.accept("'" + key + "' must be a positive integer" + (max == Integer.MAX_VALUE ? " up to " + max : "") + ", not " + v);
                } else {
                    switch (pkg.getKey()) {
                        case "max-ms" -> maxMs = v.asLong();
                        case "max-fuel" -> maxFuel = v.asLong();
                        default -> maxTasks = v.asLong();
                    }
                }
                continue;
            }
            if (!pkg.getValue().isObject()) {
                problems.accept("'" + key + "' must be a table of the grants to package " + pkg.getKey() + " ([" + key + "] net = [\"127.0.0.1:*\"])");
                continue;
            }
            Map<String, List<String>> granted = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> c : flat(pkg.getValue()).entrySet()) {
                String ckey = key + "." + c.getKey();
                if (c.getKey().equals("isolation")) {
                    String v = c.getValue().asText();
                    if (!c.getValue().isTextual() || !(v.equals("none") || v.equals("process"))) {
                        problems.accept("'" + ckey + "' must be \"none\" or \"process\", not " + c.getValue());
                    } else if (v.equals("process")) {
                        isolated.add(pkg.getKey());
                    }
                    continue;
                }
                if (!Grants.CAPABILITIES.contains(c.getKey())) {
                    problems.accept("unknown capability '" + ckey + "' (capabilities: " + String.join(", ", Grants.CAPABILITIES) + ")");
                    continue;
                }
                JsonNode v = c.getValue();
                if (v.isBoolean()) {
                    if (v.asBoolean()) granted.put(c.getKey(), List.of());
                } else if (v.isArray() && v.size() > 0) {
                    List<String> targets = new ArrayList<>();
                    for (JsonNode t : v) {
                        String problem = t.isTextual() ? Grants.malformed(c.getKey(), t.asText()) : "targets are strings, not " + t;
                        if (problem != null) problems.accept("'" + ckey + "': " + problem);
                        else targets.add(t.asText());
                    }
                    granted.put(c.getKey(), targets);
                } else {
                    problems.accept("'" + ckey + "' must be true or a non-empty list of targets");
                }
            }
            packages.put(pkg.getKey(), new Grants(granted));
        }
        return new Sandbox(packages, null, new Limits(maxMs, maxFuel, (int) maxTasks), process, isolated);
    }

    /** {@code fs.read = [..]} reads as table {@code fs} with key {@code read}: the keys as written. */
    private static Map<String, JsonNode> flat(JsonNode grants) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : grants.properties()) {
            if (e.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> inner : e.getValue().properties()) out.put(e.getKey() + "." + inner.getKey(), inner.getValue());
            } else {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
