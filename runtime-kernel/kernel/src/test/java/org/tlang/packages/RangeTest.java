package org.tlang.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RangeTest {
    private static void yes(String range, String... versions) {
        Range r = Range.parse(range);
        for (String v : versions) assertTrue(r.matches(Semver.parse(v)), range + " should match " + v);
    }

    private static void no(String range, String... versions) {
        Range r = Range.parse(range);
        for (String v : versions) assertFalse(r.matches(Semver.parse(v)), range + " should not match " + v);
    }

    /** The OSGi filter of a range admits the same releases as the range (checked by the OSGi Filter implementation). */
    @Test
    void osgiFilterAgreesOnReleases() throws Exception {
        List<String> ranges = List.of("^1.2.3", "^0.2", "^0.0.3", "~1.2", ">=1, <2", ">1.2", "<=1.4", "=1.2", "1.*", "*", "^1 || ^3.1", ">1.2.3");
        List<String> versions = List.of("0.0.3", "0.0.4", "0.2.0", "0.2.9", "0.3.0", "1.0.0", "1.2.0", "1.2.3", "1.2.4", "1.3.0", "1.4.9",
                "1.5.0", "2.0.0", "3.0.9", "3.1.0", "3.9.9", "4.0.0");
        for (String range : ranges) {
            Range r = Range.parse(range);
            org.osgi.framework.Filter filter = org.osgi.framework.FrameworkUtil.createFilter(r.osgiFilter("tlang.package", "geo"));
            for (String v : versions) {
                Semver s = Semver.parse(v);
                var attrs = java.util.Map.<String, Object>of("tlang.package", "geo", "version", org.osgi.framework.Version.parseVersion(s.osgi()));
                assertEquals(r.matches(s), filter.matches(attrs), range + " (" + filter + ") on " + v);
            }
            assertFalse(filter.matches(java.util.Map.of("tlang.package", "maps", "version", org.osgi.framework.Version.parseVersion("1.2.3"))));
        }
        assertEquals("(&(tlang.package=geo)(version>=1.2.0)(!(version>=2.0.0)))", Range.parse("^1.2").osgiFilter("tlang.package", "geo"));
        assertEquals("1.0.0.beta_2", Semver.parse("1.0.0-beta.2+b5").osgi());
    }

    @Test
    void caret() {
        yes("^1.2.3", "1.2.3", "1.2.4", "1.9.0");
        no("^1.2.3", "1.2.2", "2.0.0", "0.9.9");
        yes("^1.2", "1.2.0", "1.99.0");
        no("^1.2", "1.1.9", "2.0.0");
        yes("^1", "1.0.0", "1.5.5");
        no("^1", "2.0.0", "0.9.0");
    }

    @Test
    void caretOnZeroMajorStaysInTheLeftmostNonZeroPart() {
        yes("^0.2.3", "0.2.3", "0.2.9");
        no("^0.2.3", "0.3.0", "0.2.2", "1.0.0");
        yes("^0.0.3", "0.0.3");
        no("^0.0.3", "0.0.4", "0.0.2", "0.1.0");
        yes("^0.0", "0.0.0", "0.0.7");
        no("^0.0", "0.1.0");
        yes("^0", "0.0.1", "0.9.9");
        no("^0", "1.0.0");
        yes("^0.3", "0.3.0", "0.3.5");
        no("^0.3", "0.4.0");
    }

    @Test
    void aBareVersionIsACaretOneAsInCargo() {
        yes("1.2.3", "1.2.3", "1.3.0");
        no("1.2.3", "1.2.2", "2.0.0");
        yes("0.3.1", "0.3.1", "0.3.4");
        no("0.3.1", "0.4.0");
    }

    @Test
    void tilde() {
        yes("~0.3.1", "0.3.1", "0.3.9");
        no("~0.3.1", "0.3.0", "0.4.0");
        yes("~1.2", "1.2.0", "1.2.9");
        no("~1.2", "1.3.0");
        yes("~1", "1.0.0", "1.9.0");
        no("~1", "2.0.0");
    }

    @Test
    void exactAndComparisons() {
        yes("=1.2.3", "1.2.3");
        no("=1.2.3", "1.2.4", "1.2.2");
        yes("=1.2", "1.2.0", "1.2.5");
        no("=1.2", "1.3.0");
        yes(">1.2.3", "1.2.4", "3.0.0");
        no(">1.2.3", "1.2.3");
        yes(">1.2", "1.3.0");
        no(">1.2", "1.2.9");
        yes(">=1.2.3", "1.2.3", "5.0.0");
        no(">=1.2.3", "1.2.2");
        yes("<1.2.3", "1.2.2", "0.1.0");
        no("<1.2.3", "1.2.3");
        yes("<=1.2.3", "1.2.3");
        no("<=1.2.3", "1.2.4");
        yes("<=1.2", "1.2.9");
        no("<=1.2", "1.3.0");
        yes("<1", "0.9.9");
        no("<1", "1.0.0");
    }

    @Test
    void commasJoinComparatorsThatMustAllHold() {
        yes(">=1, <2", "1.0.0", "1.9.9");
        no(">=1, <2", "0.9.9", "2.0.0");
        yes(">= 1.2, < 1.5", "1.4.0");
        no(">= 1.2, < 1.5", "1.5.0");
    }

    @Test
    void alternatives() {
        yes("^1 || ^3", "1.2.0", "3.0.0");
        no("^1 || ^3", "2.0.0");
    }

    @Test
    void wildcards() {
        yes("*", "0.0.1", "1.0.0", "99.1.0");
        yes("1.*", "1.0.0", "1.9.0");
        no("1.*", "2.0.0");
        yes("1.2.x", "1.2.0", "1.2.7");
        no("1.2.x", "1.3.0");
    }

    @Test
    void aPreReleaseMatchesOnlyARangeNamingAPreReleaseOfTheSameVersion() {
        no("*", "1.0.0-beta.1");
        no("^1", "1.1.0-beta.1");
        no("^1.2.3", "2.0.0-alpha");
        yes(">=1.0.0-beta.2", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.5.0");
        no(">=1.0.0-beta.2", "1.0.0-beta.1", "1.1.0-alpha");
        yes("^1.0.0-beta.1", "1.0.0-beta.1", "1.0.0-beta.2", "1.0.0", "1.3.0");
        no("^1.0.0-beta.1", "1.0.0-alpha", "1.2.0-beta.1");
        yes("=1.0.0-beta.1", "1.0.0-beta.1");
        no("=1.0.0-beta.1", "1.0.0-beta.2", "1.0.0");
    }

    @Test
    void refusesWhatIsNotARange() {
        for (String bad : List.of("", "abc", "^", ">=1,", "1.2.3.4", "^*", ">*", "1.*.3", "~>1.2", "1.2-beta", ">=1 <2 <3x", "||")) {
            Range.Invalid e = assertThrows(Range.Invalid.class, () -> Range.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("must be a version range"), e.getMessage());
        }
    }

    @Test
    void highestPicksTheGreatestMatch() {
        List<Semver> vs = List.of(Semver.parse("1.0.0"), Semver.parse("1.4.2"), Semver.parse("2.0.0"), Semver.parse("1.5.0-beta.1"));
        assertEquals(Semver.parse("1.4.2"), Range.parse("^1").highest(vs));
        assertEquals(Semver.parse("2.0.0"), Range.parse("*").highest(vs));
        assertNull(Range.parse("^3").highest(vs));
    }
}
