package org.tlang.hotpatch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tlang.hotpatch.reload.Reloaders;
import org.tlang.spi.program.RunningProgram;

/**
 * Watches the source files of every program started with {@code --watch} and reloads a module
 * when its file changes. Each program gets its own {@link ProgramWatch}.
 */
@Component(immediate = true)
public final class SourceWatcher {
    private final Map<RunningProgram, ProgramWatch> watches = new ConcurrentHashMap<>();
    private final Reloaders reloaders;

    @Activate
    public SourceWatcher(@Reference Reloaders reloaders) {
        this.reloaders = reloaders;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + RunningProgram.WATCH + "=true)")
    void bind(RunningProgram program) {
        watches.computeIfAbsent(program, p -> ProgramWatch.start(p, reloaders.of(p)));
    }

    void unbind(RunningProgram program) {
        ProgramWatch watch = watches.remove(program);
        if (watch != null) watch.close();
    }

    @Deactivate
    void deactivate() {
        watches.values().forEach(ProgramWatch::close);
        watches.clear();
    }
}
