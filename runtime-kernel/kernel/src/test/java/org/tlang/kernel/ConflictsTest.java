package org.tlang.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class ConflictsTest {
    private static SubsystemOffer offer(String kind, String name, String... excludes) {
        return new SubsystemOffer(kind, name, new Version(1, 0, 0), null, null, false, List.of(excludes));
    }

    @Test
    void namesBothKeysOfEachPairThatExcludesTheOther() {
        Map<String, SubsystemOffer> chosen = Map.of(
                "scheduler", offer("scheduler", "deterministic", "tier:tiered", "io:nio"),
                "tier", offer("tier", "tiered"),
                "io", offer("io", "blocking"));
        assertEquals(List.of("'scheduler.impl' = \"deterministic\" cannot work with 'tier.impl' = \"tiered\" (scheduler 'deterministic' 1.0.0 excludes it)"),
                Conflicts.among(chosen));
    }

    @Test
    void kindsNotChosenAndOtherImplementationsDoNotConflict() {
        assertEquals(List.of(), Conflicts.among(Map.of("scheduler", offer("scheduler", "deterministic", "tier:tiered", "allocator:arena"),
                "tier", offer("tier", "jit"))));
    }
}
