package org.tlang.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.version.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the baselining (see ApiBaselineTest) makes of changed copies of the released API. */
class IncompatibleChangeTest {
    private static final String SCHEDULER = "org/tlang/spi/scheduler/Scheduler.java";
    private static final String PACKAGE = "org.tlang.spi.scheduler";

    @TempDir
    Path work;

    @Test
    void theUnchangedApiBaselinesClean() throws Exception {
        List<Info> infos = ChangedApi.baseline(work, Map.of());
        assertFalse(infos.isEmpty());
        for (Info info : infos) assertEquals(Delta.UNCHANGED, info.packageDiff.getDelta(), info.packageName);
        assertEquals(List.of(), ApiBaseline.violations(infos));
    }

    @Test
    void anAbstractMethodAddedToAnSpiInterfaceNeedsTheNextMajorVersion() throws Exception {
        String scheduler = ChangedApi.source(SCHEDULER);
        List<Info> infos = ChangedApi.baseline(work, Map.of(SCHEDULER, withMethod(scheduler, "int queued();")));

        Info info = only(ApiBaseline.violations(infos));
        assertEquals(PACKAGE, info.packageName);
        assertEquals(Delta.MAJOR, info.packageDiff.getDelta());
        assertEquals(new Version(info.olderVersion.getMajor() + 1, 0, 0), info.suggestedVersion);
        String report = ApiBaseline.report(List.of(info));
        assertTrue(report.contains(PACKAGE + ": MAJOR change"), report);
        assertTrue(report.contains("queued()"), report);
        assertUnchangedBut(PACKAGE, infos);
    }

    @Test
    void aMethodRemovedFromAnSpiInterfaceNeedsTheNextMajorVersion() throws Exception {
        String scheduler = ChangedApi.source(SCHEDULER);
        String spawn = "<T> Task<T> spawn(Callable<T> work);";
        assertTrue(scheduler.contains(spawn));
        List<Info> infos = ChangedApi.baseline(work, Map.of(SCHEDULER, scheduler.replace(spawn, "")));

        Info info = only(ApiBaseline.violations(infos));
        assertEquals(PACKAGE, info.packageName);
        assertEquals(Delta.MAJOR, info.packageDiff.getDelta());
        assertEquals(new Version(info.olderVersion.getMajor() + 1, 0, 0), info.suggestedVersion);
    }

    @Test
    void aTypeAddedToAPackageNeedsTheNextMinorVersion() throws Exception {
        List<Info> infos = ChangedApi.baseline(work, Map.of("org/tlang/spi/scheduler/Priority.java",
                "package org.tlang.spi.scheduler;\npublic enum Priority { LOW, HIGH }\n"));

        Info info = only(ApiBaseline.violations(infos));
        assertEquals(PACKAGE, info.packageName);
        assertEquals(Delta.MINOR, info.packageDiff.getDelta());
        Version old = info.olderVersion;
        assertEquals(new Version(old.getMajor(), old.getMinor() + 1, 0), info.suggestedVersion);
    }

    @Test
    void aMajorChangeWithTheMajorVersionBumpedPasses() throws Exception {
        String scheduler = ChangedApi.source(SCHEDULER);
        Version next = new Version(ApiBaseline.releasedVersion(PACKAGE).getMajor() + 1, 0, 0);
        String packageInfo = ChangedApi.source("org/tlang/spi/scheduler/package-info.java")
                .replaceFirst("@org\\.osgi\\.annotation\\.versioning\\.Version\\(\"[^\"]*\"\\)",
                        "@org.osgi.annotation.versioning.Version(\"" + next + "\")");
        List<Info> infos = ChangedApi.baseline(work, Map.of(
                SCHEDULER, withMethod(scheduler, "int queued();"),
                "org/tlang/spi/scheduler/package-info.java", packageInfo));

        Info info = infos.stream().filter(i -> i.packageName.equals(PACKAGE)).findFirst().orElseThrow();
        assertEquals(Delta.MAJOR, info.packageDiff.getDelta());
        assertEquals(info.suggestedVersion, info.newerVersion);
        assertEquals(List.of(), ApiBaseline.violations(infos));
    }

    /** {@code source} with {@code member} added as the last member of its (only) top-level type. */
    private static String withMethod(String source, String member) {
        int end = source.lastIndexOf('}');
        return source.substring(0, end) + "    " + member + "\n}\n";
    }

    private static Info only(List<Info> infos) {
        assertEquals(1, infos.size(), () -> ApiBaseline.report(infos));
        return infos.getFirst();
    }

    private static void assertUnchangedBut(String changed, List<Info> infos) {
        for (Info info : infos) {
            if (!info.packageName.equals(changed)) assertEquals(Delta.UNCHANGED, info.packageDiff.getDelta(), info.packageName);
        }
    }
}
