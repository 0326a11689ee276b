package org.tlang.hotpatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tlang.api.ReloadOutcome;
import org.tlang.api.Report;
import org.tlang.hotpatch.reload.Reloaders;
import org.tlang.spi.program.ModuleVersion;
import org.tlang.spi.program.RunningProgram;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGHUP reloads every module of each running program whose file changed since its version was
 * loaded, as one transaction (the admin channel's {@code reload}): all switch at once, or none does
 * and the old versions keep serving, the refusal logged with why. Only in a process whose launcher
 * gave the runtime its signals ({@code tlang run} sets {@code tlang.signals}), so that an embedding
 * host keeps its own SIGHUP.
 */
@Component(immediate = true)
public final class HangupReload {
    private static final Logger LOG = LoggerFactory.getLogger(HangupReload.class);
    private static final Signal HUP = new Signal("HUP");
    /** The launcher's name for a SIGHUP that came before this component took the signal (org.tlang.cli.ShutdownSignals). */
    private static final String HUP_PENDING = "tlang.signals.hup-pending";

    private final List<RunningProgram> programs = new CopyOnWriteArrayList<>();
    /** A SIGHUP came while no program was here to reload. */
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Reloaders reloaders;
    /** The handler before this one, given back when the bundle stops; null when SIGHUP is not this runtime's. */
    private SignalHandler previous;

    @Activate
    public HangupReload(BundleContext context, @Reference Reloaders reloaders) {
        this.reloaders = reloaders;
        if (!"true".equals(context.getProperty("tlang.signals"))) return;
        try {
            previous = Signal.handle(HUP, signal -> reloadChanged());
        } catch (IllegalArgumentException e) {
            LOG.warn("SIGHUP does not reload here: {}", e.getMessage());
            return;
        }
        if (previous == SignalHandler.SIG_IGN) {
            // the JVM keeps a signal ignored on entry ignored: no handler runs
            LOG.warn("SIGHUP is ignored in this process (started with nohup?): it reloads nothing; `tlang admin reload` does");
        }
        // a SIGHUP the launcher held for us before now: reloads once a program is here
        if (System.getProperties().remove(HUP_PENDING) != null) pending.set(true);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bind(RunningProgram program) {
        programs.add(program);
        if (pending.getAndSet(false)) Thread.ofVirtual().name("tlang-sighup").start(this::reloadChanged);
    }

    void unbind(RunningProgram program) {
        programs.remove(program);
    }

    @Deactivate
    void deactivate() {
        if (previous != null) Signal.handle(HUP, previous);
    }

    private synchronized void reloadChanged() {
        if (programs.isEmpty()) {
            pending.set(true);
            System.err.println("tlang: SIGHUP: no program is running yet; the first to start is reloaded");
            System.err.flush();
            return;
        }
        for (RunningProgram program : programs) {
            List<Path> changed = program.modules().modules().stream().filter(HangupReload::changed).map(ModuleVersion::file).toList();
            if (changed.isEmpty()) {
                program.err().println("tlang: SIGHUP: no module of " + program.mainFile() + " changed since it was loaded");
                program.err().flush();
                continue;
            }
            // applied or refused (why, with every diagnostic), the outcome goes to the program's stderr
            ReloadOutcome outcome = reloaders.of(program).reload(changed);
            String report = Report.reload(outcome);
            program.err().print((outcome.applied() ? "" : "tlang: SIGHUP: ") + report + (report.endsWith("\n") ? "" : "\n"));
            program.err().flush();
        }
    }

    /** Whether the module's file now holds other text than its version serving was compiled from (a file gone is left alone). */
    private static boolean changed(ModuleVersion version) {
        Path file = version.file();
        if (file == null || !Files.isRegularFile(file)) return false;
        try {
            return !Files.readString(file, StandardCharsets.UTF_8).equals(version.source());
        } catch (IOException e) {
            return true; // unreadable now: the reload says why
        }
    }
}
