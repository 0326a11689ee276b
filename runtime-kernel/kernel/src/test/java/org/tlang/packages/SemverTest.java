package org.tlang.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemverTest {
    @Test
    void parsesReleasesPreReleasesAndBuilds() {
        Semver v = Semver.parse("1.0.0-beta.1+sha.5");
        assertEquals(new Semver(1, 0, 0, List.of("beta", "1"), "sha.5"), v);
        assertEquals("1.0.0-beta.1+sha.5", v.toString());
        assertEquals(new Semver(1, 2, 3), Semver.parse("1.2.3"));
        assertTrue(Semver.parse("0.0.0-0").isPreRelease());
    }

    @Test
    void refusesWhatIsNotSemver() {
        for (String bad : List.of("1.2", "1", "v1.2.3", "01.2.3", "1.02.3", "1.2.3-", "1.2.3-01", "1.2.3+", "1.2.3.4", "", " 1.2.3", "a.b.c")) {
            Semver.Invalid e = assertThrows(Semver.Invalid.class, () -> Semver.parse(bad), bad);
            assertTrue(e.getMessage().contains("MAJOR.MINOR.PATCH"), e.getMessage());
        }
        assertEquals("must be semver (MAJOR.MINOR.PATCH), not \"1.2\"", assertThrows(Semver.Invalid.class, () -> Semver.parse("1.2")).getMessage());
    }

    @Test
    void ordersAsSemverSays() {
        // the example of semver.org 2.0.0, point 11
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "1.10.0", "2.0.0");
        for (int i = 0; i + 1 < ordered.size(); i++) {
            Semver a = Semver.parse(ordered.get(i)), b = Semver.parse(ordered.get(i + 1));
            assertTrue(a.compareTo(b) < 0, a + " < " + b);
            assertTrue(b.compareTo(a) > 0, b + " > " + a);
        }
    }

    @Test
    void buildMetadataHasNoPrecedence() {
        assertEquals(0, Semver.parse("1.0.0+a").compareTo(Semver.parse("1.0.0+b")));
        assertTrue(Semver.parse("1.0.0+a").samePrecedence(Semver.parse("1.0.0")));
    }
}
