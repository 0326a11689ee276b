package org.tlang.baseline;

import java.io.File;
import java.util.Comparator;
import java.util.List;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Attrs;
import aQute.bnd.osgi.Domain;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.version.Version;

/**
 * bnd's baseline of the API bundle against the released one (baseline/tlang-api.jar): which
 * exported packages changed, and what version bnd's semantic versioning rules ask of each.
 *
 * <p>bnd flags no mismatch while a version's major is 0 ("anything may change at any time"), and
 * every tlang API package is 0.x; here its suggested versions hold for 0.x packages too: a
 * consumer-breaking change needs the next major, an addition the next minor. A removed package
 * is a violation until the API is re-baselined.
 */
final class ApiBaseline {
    /** The bundle as the build wrote it: {@code target/classes} with bnd's manifest. */
    static final File CLASSES = file("tlang.api.classes");
    /** The API sources ({@code src/main/java}). */
    static final File SOURCES = file("tlang.api.sources");
    /** The released API. */
    static final File RELEASED = file("tlang.api.baseline");

    private ApiBaseline() {}

    /** One entry per exported package of either bundle, sorted by name. */
    static List<Info> compare(Jar newer, Jar older) throws Exception {
        try (Processor reporter = new Processor()) {
            Baseline baseline = new Baseline(reporter, new DiffPluginImpl());
            return baseline.baseline(newer, older, null).stream()
                    .sorted(Comparator.comparing((Info info) -> info.packageName))
                    .toList();
        }
    }

    /** Whether a package's version is below what its change asks for, or it was removed. */
    static boolean violates(Info info) {
        if (info.packageDiff.getDelta() == Delta.REMOVED) return true;
        return info.suggestedVersion != null && info.newerVersion.compareTo(info.suggestedVersion) < 0;
    }

    static List<Info> violations(List<Info> infos) {
        return infos.stream().filter(ApiBaseline::violates).toList();
    }

    /** What a maintainer reads when the build fails: each violating package, why, and the fix. */
    static String report(List<Info> violations) {
        StringBuilder sb = new StringBuilder("The API breaks semantic versioning against ")
                .append(RELEASED).append(":\n");
        for (Info info : violations) {
            Delta delta = info.packageDiff.getDelta();
            if (delta == Delta.REMOVED) {
                sb.append("  ").append(info.packageName).append(" (").append(info.olderVersion)
                        .append(") was removed\n");
            } else {
                sb.append("  ").append(info.packageName).append(": ").append(delta).append(" change, version is ")
                        .append(info.newerVersion).append(", released ").append(info.olderVersion)
                        .append(", needs ").append(info.suggestedVersion).append(" (@Version in its package-info.java)\n");
            }
            if (info.reason != null) info.reason.lines().forEach(line -> sb.append("      ").append(line).append('\n'));
        }
        return sb.append("Once this API is released, run tools/api-baseline.sh to make it the baseline.").toString();
    }

    /** The version of package {@code pkg} in the released API. */
    static Version releasedVersion(String pkg) throws Exception {
        try (Jar released = new Jar(RELEASED)) {
            Attrs export = Domain.domain(released.getManifest()).getExportPackage().get(pkg);
            if (export == null) throw new IllegalArgumentException(pkg + " is not exported by " + RELEASED);
            return Version.parseVersion(export.getVersion());
        }
    }

    private static File file(String property) {
        String path = System.getProperty(property);
        if (path == null) throw new IllegalStateException(property + " is not set (the api module's surefire configuration sets it)");
        return new File(path);
    }
}
