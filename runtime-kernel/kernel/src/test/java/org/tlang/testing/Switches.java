package org.tlang.testing;

import java.nio.file.Path;
import java.util.List;

import org.tlang.api.Diagnostic;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.program.ModuleSource;
import org.tlang.spi.program.Staged;

/** For tests of the kernel and the tiers: a new version of a module switched to with no reload policy (no dependents check, changed statics reset). */
public final class Switches {
    private Switches() {}

    public static void switchTo(ModuleRegistry registry, Path file) {
        Staged stage = registry.switcher().stage(List.of(ModuleSource.file(file)));
        if (!stage.compiled()) throw new AssertionError("the new version does not compile: " + stage.diagnostics());
        stage.changedStatics().forEach(stage::reset);
        List<Diagnostic> failed = stage.initialise();
        if (!failed.isEmpty()) throw new AssertionError("the new version's initialisers failed: " + failed);
        stage.commit();
    }
}
