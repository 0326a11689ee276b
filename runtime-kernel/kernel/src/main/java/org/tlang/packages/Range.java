package org.tlang.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version range as Cargo writes one (npm's are the same for these forms): comparators joined by
 * commas all hold ({@code ">=1.2, <2"}), alternatives joined by {@code ||} any holds.
 * <ul>
 * <li>{@code ^1.2.3}: the same leftmost non-zero part: {@code >=1.2.3, <2.0.0}; {@code ^0.2.3} is
 *     {@code <0.3.0}, {@code ^0.0.3} is {@code <0.0.4}; {@code ^1.2} {@code >=1.2.0, <2.0.0}, {@code ^0.0} {@code <0.1.0}, {@code ^0} {@code <1.0.0}</li>
 * <li>a bare version is a caret one, as in Cargo: {@code "1.2.3"} is {@code ^1.2.3}</li>
 * <li>{@code ~1.2.3}: patch updates, {@code >=1.2.3, <1.3.0}; {@code ~1} is {@code >=1.0.0, <2.0.0}</li>
 * <li>{@code =}, {@code >}, {@code >=}, {@code <}, {@code <=} with a version whose missing parts are
 *     wildcards ({@code >1.2} is {@code >=1.3.0}, {@code <=1} is {@code <2.0.0}); {@code 1.*}, {@code 1.2.x}</li>
 * <li>{@code *}: every release</li>
 * </ul>
 * A pre-release version matches only a set of comparators one of which names a pre-release of the
 * same {@code MAJOR.MINOR.PATCH} ({@code >=1.0.0-beta.2} matches {@code 1.0.0-rc.1}, {@code ^1} matches no pre-release).
 */
public final class Range {
    private static final Pattern COMPARATOR = Pattern.compile(
            "(\\^|~|=|>=|>|<=|<)?\\s*v?(\\*|[xX]|0|[1-9]\\d*)(?:\\.(\\*|[xX]|0|[1-9]\\d*))?(?:\\.(\\*|[xX]|0|[1-9]\\d*))?"
                    + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+[0-9A-Za-z-.]+)?");

    private enum Op { GE, GT, LT, LE, EQ }

    private record Bound(Op op, Semver v) {
        boolean test(Semver x) {
            int c = x.compareTo(v);
            return switch (op) {
                case GE -> c >= 0;
                case GT -> c > 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case EQ -> c == 0;
            };
        }
    }

    /** Comparators that must all hold; {@code pre} are the pre-release versions they name. */
    private record Set(List<Bound> bounds, List<Semver> pre) {
        boolean test(Semver x) {
            for (Bound b : bounds) if (!b.test(x)) return false;
            return !x.isPreRelease() || pre.stream().anyMatch(p -> p.sameRelease(x));
        }
    }

    private final String text;
    private final List<Set> alternatives;

    private Range(String text, List<Set> alternatives) {
        this.text = text;
        this.alternatives = alternatives;
    }

    /** Thrown for text that is not a range; the message says what is wrong. */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    public static Range parse(String text) {
        List<Set> alternatives = new ArrayList<>();
        for (String alternative : text.split("\\|\\|", -1)) alternatives.add(set(alternative.trim(), text));
        return new Range(text, alternatives);
    }

    private static Set set(String text, String whole) {
        if (text.isEmpty()) throw invalid(whole);
        List<Bound> bounds = new ArrayList<>();
        List<Semver> pre = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            part = part.trim();
            Matcher m = COMPARATOR.matcher(part);
            if (!m.matches()) throw invalid(whole);
            comparator(m, whole, bounds, pre);
        }
        return new Set(bounds, pre);
    }

    private static Invalid invalid(String text) {
        return new Invalid("must be a version range (\"^1.2\", \"~0.3.1\", \">=1, <2\", \"1.2.3\", \"*\"), not \"" + text + "\"");
    }

    private static void comparator(Matcher m, String whole, List<Bound> bounds, List<Semver> pre) {
        Long major = number(m.group(2)), minor = number(m.group(3)), patch = number(m.group(4));
        boolean wildcard = major == null || (m.group(3) != null && minor == null) || (m.group(4) != null && patch == null);
        // a bare version is a caret range, a bare wildcard (1.2.*) an "="
        String op = m.group(1) != null ? m.group(1) : wildcard ? "=" : "^";
        if (major == null && (m.group(1) != null || m.group(3) != null)) throw invalid(whole);
        if (minor == null && m.group(4) != null) throw invalid(whole);
        if (patch == null && m.group(5) != null) throw invalid(whole);
        if (major == null) return; // "*": every release
        List<String> preIds = m.group(5) == null ? List.of() : List.of(m.group(5).split("\\."));
        Semver low = new Semver(major, minor == null ? 0 : minor, patch == null ? 0 : patch, preIds, "");
        if (!preIds.isEmpty()) pre.add(low);
        switch (op) {
            case "=" -> {
                if (patch != null) bounds.add(new Bound(Op.EQ, low));
                else range(bounds, low, minor == null ? next(major) : next(major, minor));
            }
            case ">" -> bounds.add(patch != null ? new Bound(Op.GT, low)
                    : new Bound(Op.GE, minor == null ? next(major) : next(major, minor)));
            case ">=" -> bounds.add(new Bound(Op.GE, low));
            case "<" -> bounds.add(new Bound(Op.LT, low));
            case "<=" -> bounds.add(patch != null ? new Bound(Op.LE, low)
                    : new Bound(Op.LT, minor == null ? next(major) : next(major, minor)));
            case "~" -> range(bounds, low, minor == null ? next(major) : next(major, minor));
            default -> range(bounds, low, caretLimit(major, minor, patch));
        }
    }

    /** The first version a caret range excludes: the leftmost non-zero part (of those written) goes up. */
    private static Semver caretLimit(long major, Long minor, Long patch) {
        if (major > 0 || minor == null) return next(major);
        if (minor > 0 || patch == null) return next(0, minor);
        return new Semver(0, 0, patch + 1);
    }

    private static void range(List<Bound> bounds, Semver low, Semver high) {
        bounds.add(new Bound(Op.GE, low));
        bounds.add(new Bound(Op.LT, high));
    }

    private static Semver next(long major) {
        return new Semver(major + 1, 0, 0);
    }

    private static Semver next(long major, long minor) {
        return new Semver(major, minor + 1, 0);
    }

    private static Long number(String part) {
        if (part == null || part.equals("*") || part.equalsIgnoreCase("x")) return null;
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new Invalid("has a number too large: \"" + part + "\"");
        }
    }

    public boolean matches(Semver version) {
        for (Set s : alternatives) if (s.test(version)) return true;
        return false;
    }

    /** The highest of {@code versions} this range matches, or null. */
    public Semver highest(Iterable<Semver> versions) {
        Semver best = null;
        for (Semver v : versions) if (matches(v) && (best == null || v.compareTo(best) > 0)) best = v;
        return best;
    }

    /**
     * This range as an OSGi filter on a capability whose attribute {@code name} is {@code value} and
     * {@code version} its {@link Semver#osgi} version:
     * {@code ^1.2} is {@code (&(tlang.package=geo)(version>=1.2.0)(!(version>=2.0.0)))}. OSGi orders
     * a pre-release above its release ({@code 1.0.0.beta > 1.0.0}), so the filter may admit
     * pre-releases that the range does not; {@link #matches} has the last word.
     */
    public String osgiFilter(String name, String value) {
        StringBuilder any = new StringBuilder();
        for (Set s : alternatives) {
            StringBuilder all = new StringBuilder("(&(").append(name).append('=').append(value).append(')');
            for (Bound b : s.bounds) {
                String v = b.v.osgi();
                all.append(switch (b.op) {
                    case GE -> "(version>=" + v + ")";
                    case GT -> "(!(version<=" + v + "))";
                    case LT -> "(!(version>=" + v + "))";
                    case LE -> "(version<=" + v + ")";
                    case EQ -> "(version=" + v + ")";
                });
            }
            any.append(all.append(')'));
        }
        return alternatives.size() == 1 ? any.toString() : "(|" + any + ")";
    }

    @Override
    public String toString() {
        return text;
    }
}
