package org.tlang.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Implementations of two kinds that cannot work together. An implementation says which of the
 * other kinds' it excludes in its capability ({@code excludes:List<String>="allocator:arena"}); a
 * profile, an apply or a swap that would bind both is refused, naming both keys.
 */
final class Conflicts {
    private Conflicts() {}

    /** One line per pair of {@code chosen} (kind to implementation) that excludes another; empty if none. */
    static List<String> among(Map<String, SubsystemOffer> chosen) {
        List<String> out = new ArrayList<>();
        for (SubsystemOffer offer : chosen.values()) {
            for (String excluded : offer.excludes()) {
                int colon = excluded.indexOf(':');
                if (colon < 0) continue;
                SubsystemOffer other = chosen.get(excluded.substring(0, colon));
                if (other != null && other.name().equals(excluded.substring(colon + 1))) {
                    out.add("'" + offer.kind() + ".impl' = \"" + offer.name() + "\" cannot work with '" + other.kind() + ".impl' = \""
                            + other.name() + "\" (" + offer.label() + " excludes it)");
                }
            }
        }
        return out;
    }
}
