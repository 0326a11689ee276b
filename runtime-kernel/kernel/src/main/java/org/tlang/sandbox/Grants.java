package org.tlang.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tlang.packages.Capabilities;

/**
 * What one package (or a script run by hand) may use: each granted capability with the targets it
 * is limited to, or none for every target. {@code clock} is always granted and never listed.
 *
 * <p>Targets, by capability: {@code net} takes {@code host:port} patterns ({@code *} for any host
 * or port; a host alone means any port); {@code fs.read} and {@code fs.write} take path prefixes
 * (relative to the working folder, compared after {@code ..} and symbolic links are resolved);
 * {@code env} and {@code process} take names, a trailing {@code *} matching any rest; {@code ffi}
 * takes library names.
 */
public record Grants(Map<String, List<String>> granted) {
    /** The capabilities a grant may name: those of a {@code [capabilities]} table but {@code clock}, which needs none. */
    public static final List<String> CAPABILITIES = Capabilities.NAMES.stream().filter(c -> !c.equals("clock")).toList();
    /** Nothing but the clock: what a package gets that nobody granted anything. */
    public static final Grants NONE = new Grants(Map.of());
    /** Every capability on every target ({@code --allow-all}). */
    public static final Grants ALL = all();

    private static final Pattern HOST_PORT = Pattern.compile("(\\*|\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_.-]+)(?::(\\*|\\d{1,5}))?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*\\*?|\\*");

    public Grants {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        granted.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        granted = Collections.unmodifiableMap(copy);
    }

    private static Grants all() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String c : CAPABILITIES) all.put(c, List.of());
        return new Grants(all);
    }

    /**
     * Null if {@code capability} may be used on {@code target}, else what was denied
     * ({@code "fs.read /etc/passwd"}).
     */
    public String denied(String capability, String target) {
        if (capability.equals("clock")) return null;
        List<String> limits = granted.get(capability);
        if (limits != null && (limits.isEmpty() || limits.stream().anyMatch(p -> matches(capability, p, target)))) return null;
        return capability + " " + target;
    }

    /**
     * The needs of {@code needs} (a {@code [capabilities]} table) these grants do not cover, one
     * {@code capability target} each ({@code "net 0.0.0.0:8080"}, or the bare name). A capability
     * declared {@code true} is covered by any grant of it: its targets are the operator's choice.
     */
    public List<String> uncovered(Map<String, List<String>> needs) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> need : needs.entrySet()) {
            String c = need.getKey();
            if (c.equals("clock")) continue;
            List<String> limits = granted.get(c);
            if (limits != null && (limits.isEmpty() || need.getValue().isEmpty())) continue; // `true`: the operator chooses the targets
            if (need.getValue().isEmpty()) {
                out.add(c);
                continue;
            }
            for (String target : need.getValue()) {
                if (limits == null || limits.stream().noneMatch(p -> matches(c, p, target))) out.add(c + " " + target);
            }
        }
        return out;
    }

    /** These grants narrowed to what {@code needs} declares: a package uses no more than it said it needs. */
    public Grants narrowedTo(Map<String, List<String>> needs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> need : needs.entrySet()) {
            List<String> limits = granted.get(need.getKey());
            if (limits == null) continue;
            out.put(need.getKey(), limits.isEmpty() ? need.getValue() : need.getValue().isEmpty() ? limits : need.getValue());
        }
        return new Grants(out);
    }

    /** These grants and {@code more}'s together. */
    public Grants with(Grants more) {
        Map<String, List<String>> out = new LinkedHashMap<>(granted);
        more.granted.forEach((c, limits) -> out.merge(c, limits, (a, b) -> {
            if (a.isEmpty() || b.isEmpty()) return List.of();
            List<String> both = new ArrayList<>(a);
            for (String p : b) if (!both.contains(p)) both.add(p);
            return both;
        }));
        return new Grants(out);
    }

    /** Why {@code pattern} is not a valid target of {@code capability}, or null if it is. */
    public static String malformed(String capability, String pattern) {
        if (!CAPABILITIES.contains(capability)) return "unknown capability '" + capability + "' (capabilities: " + String.join(", ", CAPABILITIES) + ")";
        if (pattern.isBlank()) return "an empty " + capability + " target";
        return switch (capability) {
            case "net" -> {
                var m = HOST_PORT.matcher(pattern);
                if (!m.matches()) yield "'" + pattern + "' is not a host:port pattern (such as 127.0.0.1:8080, *:443 or localhost:*)";
                if (m.group(2) != null && !m.group(2).equals("*") && Integer.parseInt(m.group(2)) > 65535) yield "port " + m.group(2) + " is above 65535";
                yield null;
            }
            case "env" -> NAME.matcher(pattern).matches() ? null
                    : "'" + pattern + "' is not a variable name (letters, digits, _; a trailing * matches any rest)";
            case "fs.read", "fs.write" -> {
                try {
                    Path.of(pattern);
                    yield null;
                } catch (InvalidPathException e) {
                    yield "'" + pattern + "' is not a path: " + e.getReason();
                }
            }
            default -> null;
        };
    }

    /**
     * Whether granting {@code pattern} grants {@code target}: a call's target, or a declared one,
     * itself a pattern ({@code 127.0.0.1:*} is granted by {@code *:*}, not by {@code 127.0.0.1:80}).
     */
    private static boolean matches(String capability, String pattern, String target) {
        return switch (capability) {
            case "net" -> {
                String[] p = hostPort(pattern), t = hostPort(target);
                yield (p[0].equals("*") || p[0].equalsIgnoreCase(t[0])) && (p[1].equals("*") || p[1].equals(t[1]));
            }
            case "fs.read", "fs.write" -> real(target).startsWith(real(pattern));
            default -> pattern.endsWith("*") ? target.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(target);
        };
    }

    /** {host, port} of {@code host:port}, {@code [v6]:port} or a host alone (any port). */
    private static String[] hostPort(String s) {
        int colon = s.lastIndexOf(':');
        boolean bracketed = s.startsWith("[");
        if (colon < 0 || bracketed && colon < s.indexOf(']')) return new String[] {strip(s), "*"};
        return new String[] {strip(s.substring(0, colon)), s.substring(colon + 1)};
    }

    private static String strip(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * {@code path} absolute, without {@code ..}, and with the symbolic links of its longest existing
     * part resolved: a link inside a granted folder that points outside it is outside it.
     */
    static Path real(String path) {
        Path p = Path.of(path).toAbsolutePath().normalize();   // a pattern was checked by malformed; a target is a path std made
        Path existing = p;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) existing = existing.getParent();
        if (existing == null) return p;
        try {
            return existing.toRealPath().resolve(existing.relativize(p)).normalize();
        } catch (IOException e) {
            return p;
        }
    }
}
