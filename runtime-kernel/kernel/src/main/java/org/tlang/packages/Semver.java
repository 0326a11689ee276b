package org.tlang.packages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version (semver.org 2.0.0): {@code MAJOR.MINOR.PATCH}, an optional pre-release
 * ({@code -beta.1}) and build metadata ({@code +sha.5}). Ordered as semver says: a pre-release comes
 * before its release, its identifiers compared numerically when both are numbers, numbers before
 * words, a shorter list first when all else is equal; build metadata is kept but never compared.
 */
public record Semver(long major, long minor, long patch, List<String> pre, String build) implements Comparable<Semver> {
    private static final String NUM = "0|[1-9]\\d*";
    private static final String PRE_ID = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
    private static final Pattern SEMVER = Pattern.compile(
            "(" + NUM + ")\\.(" + NUM + ")\\.(" + NUM + ")(?:-(" + PRE_ID + "(?:\\." + PRE_ID + ")*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

    public Semver {
        pre = List.copyOf(pre);
        build = build == null ? "" : build;
    }

    public Semver(long major, long minor, long patch) {
        this(major, minor, patch, List.of(), "");
    }

    /** Thrown for text that is not a semver version; the message says what is wrong. */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    public static Semver parse(String text) {
        Matcher m = SEMVER.matcher(text);
        if (!m.matches()) throw new Invalid("must be semver (MAJOR.MINOR.PATCH), not \"" + text + "\"");
        try {
            List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
            return new Semver(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), pre, m.group(5));
        } catch (NumberFormatException e) {
            throw new Invalid("has a number too large in \"" + text + "\"");
        }
    }

    /**
     * The versions this one is compatible with, as Cargo counts them: the same major ({@code 2}),
     * or below 1.0 the same minor ({@code 0.3}). A program may load one version of a package per
     * line: two majors side by side, never two of one major.
     */
    public String line() {
        return major > 0 ? Long.toString(major) : "0." + minor;
    }

    public boolean isPreRelease() {
        return !pre.isEmpty();
    }

    boolean sameRelease(Semver other) {
        return major == other.major && minor == other.minor && patch == other.patch;
    }

    @Override
    public int compareTo(Semver o) {
        int c = Long.compare(major, o.major);
        if (c == 0) c = Long.compare(minor, o.minor);
        if (c == 0) c = Long.compare(patch, o.patch);
        if (c != 0) return c;
        if (pre.isEmpty() || o.pre.isEmpty()) return Boolean.compare(pre.isEmpty(), o.pre.isEmpty());
        for (int i = 0; i < Math.min(pre.size(), o.pre.size()); i++) {
            c = compareIdentifier(pre.get(i), o.pre.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(pre.size(), o.pre.size());
    }

    private static int compareIdentifier(String a, String b) {
        boolean an = isNumber(a), bn = isNumber(b);
        if (an && bn) return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        if (an != bn) return an ? -1 : 1;
        return a.compareTo(b);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    /** Versions equal in precedence (build metadata ignored). */
    public boolean samePrecedence(Semver o) {
        return compareTo(o) == 0;
    }

    /**
     * As an OSGi version: {@code 1.2.3}; a pre-release as its qualifier ({@code 1.0.0-beta.2} is
     * {@code 1.0.0.beta_2}, since OSGi allows no dots there). Build metadata is dropped.
     */
    public String osgi() {
        String release = major + "." + minor + "." + patch;
        return pre.isEmpty() ? release : release + "." + String.join("_", pre);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (!pre.isEmpty()) sb.append('-').append(String.join(".", pre));
        if (!build.isEmpty()) sb.append('+').append(build);
        return sb.toString();
    }
}
