package org.tlang.itest;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;

/**
 * bnd's baseline of one API jar against another: each exported package removed, or whose version
 * is below what its change asks for (the rules of {@code ApiBaseline} in runtime-kernel/api). A
 * class of its own because bnd is only in the framework: the test class, which the JUnit runner
 * also loads outside it, must not link against bnd.
 */
final class ApiBaselineViolations {
    private ApiBaselineViolations() {}

    static List<String> of(File newer, File older) throws Exception {
        List<String> violations = new ArrayList<>();
        try (Processor reporter = new Processor(); Jar n = new Jar(newer); Jar o = new Jar(older)) {
            var infos = new Baseline(reporter, new DiffPluginImpl()).baseline(n, o, null);
            if (infos.isEmpty()) throw new IllegalStateException(newer + " and " + older + " export no package to compare");
            for (Info info : infos) {
                boolean removed = info.packageDiff.getDelta() == Delta.REMOVED;
                if (removed || info.suggestedVersion != null && info.newerVersion.compareTo(info.suggestedVersion) < 0) {
                    violations.add(info.packageName + " " + info.packageDiff.getDelta() + ": " + info.newerVersion + ", needs " + info.suggestedVersion);
                }
            }
        }
        return violations;
    }
}
