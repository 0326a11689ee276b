package org.tlang.hotpatch.reload;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.tlang.spi.program.RunningProgram;

/**
 * One {@link Reloader} per running program, shared by everything that changes it (the file
 * watcher, the admin channel), so that its transactions run one at a time and its history is one.
 */
@Component(service = Reloaders.class)
public final class Reloaders {
    private final Map<RunningProgram, Reloader> reloaders = new ConcurrentHashMap<>();

    public Reloader of(RunningProgram program) {
        return reloaders.computeIfAbsent(program, p -> new Reloader(p.modules()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bind(RunningProgram program) {
        // a program's reloader is made when first asked for
    }

    void unbind(RunningProgram program) {
        reloaders.remove(program);
    }
}
