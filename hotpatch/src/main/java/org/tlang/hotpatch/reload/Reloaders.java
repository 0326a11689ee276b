package org.tlang.hotpatch.reload;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.tlang.spi.program.RunningProgram;
import org.tlang.spi.telemetry.Telemetry;

/**
 * One {@link Reloader} per running program, shared by everything that changes it (the file
 * watcher, the admin channel), so that its transactions run one at a time and its history is one.
 */
@Component(service = Reloaders.class)
public final class Reloaders {
    private final Map<RunningProgram, Reloader> reloaders = new ConcurrentHashMap<>();

    /** The telemetry a profile bound, if any: each reload is counted there ({@code tlang.reloads}). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Telemetry telemetry;

    public Reloader of(RunningProgram program) {
        return reloaders.computeIfAbsent(program, p -> new Reloader(p.modules(), () -> {
            Telemetry t = telemetry;
            return t == null ? Telemetry.NONE : t;
        }));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bind(RunningProgram program) {
        // a program's reloader is made when first asked for
    }

    void unbind(RunningProgram program) {
        reloaders.remove(program);
    }
}
