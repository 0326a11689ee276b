package org.tlang.baseline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.osgi.Jar;
import org.junit.jupiter.api.Test;

/** The build's baselining: fails when an exported package changed more than its version says. */
class ApiBaselineTest {

    @Test
    void everyPackageVersionCoversItsChangeSinceTheRelease() throws Exception {
        // without bnd's manifest every package would look removed
        assertTrue(new File(ApiBaseline.CLASSES, "META-INF/MANIFEST.MF").isFile(),
                () -> ApiBaseline.CLASSES + " has no META-INF/MANIFEST.MF: run the tests through Maven, whose bnd-process writes it");
        try (Jar built = new Jar("tlang-api", ApiBaseline.CLASSES); Jar released = new Jar(ApiBaseline.RELEASED)) {
            List<Info> violations = ApiBaseline.violations(ApiBaseline.compare(built, released));
            assertTrue(violations.isEmpty(), () -> ApiBaseline.report(violations));
        }
    }
}
