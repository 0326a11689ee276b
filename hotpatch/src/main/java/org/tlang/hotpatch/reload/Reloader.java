package org.tlang.hotpatch.reload;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.tlang.api.Diagnostic;
import org.tlang.api.ReloadOutcome;
import org.tlang.spi.program.ModuleSource;
import org.tlang.spi.program.ModuleSwitch;
import org.tlang.spi.program.ModuleVersion;
import org.tlang.spi.program.Staged;
import org.tlang.spi.telemetry.RuntimeEvents;
import org.tlang.spi.telemetry.Telemetry;

/**
 * The reload transactions of one running program, and its history: a reload, patch or rollback
 * stages new versions, checks that the modules using them still fit ({@link Dependents}), carries
 * the statics over ({@link StatePolicy}), runs the new initialisers and switches; any refusal
 * leaves the program as it was. Transactions of one program run one at a time.
 */
public final class Reloader {
    /** Earlier versions kept per module for rollback. */
    static final int HISTORY = 8;

    private final ModuleSwitch modules;
    private final Map<String, Deque<ModuleVersion>> history = new HashMap<>();

    private final Supplier<Telemetry> telemetry;
    /** The first phase of a cluster reload, staged and checked, until it is committed or dropped; other transactions wait for neither and are refused meanwhile. */
    private Prepared pending;

    /**
     * A reload staged and checked (compiled, dependents fit, statics decided, initialisers run) but
     * not switched: the first phase of a reload the members of a cluster make together.
     */
    public static final class Prepared {
        private final Staged stage;
        private final ReloadOutcome refusal;

        private Prepared(Staged stage, ReloadOutcome refusal) {
            this.stage = stage;
            this.refusal = refusal;
        }

        /** Why this program cannot take the new versions, or null when it can ({@link #commit}). */
        public ReloadOutcome refusal() {
            return refusal;
        }

        public String label() {
            return stage == null ? refusal.module() : stage.label();
        }
    }

    public Reloader(ModuleSwitch modules) {
        this(modules, () -> Telemetry.NONE);
    }

    /** @param telemetry where each transaction is counted ({@code tlang.reloads}, by outcome) */
    public Reloader(ModuleSwitch modules, Supplier<Telemetry> telemetry) {
        this.modules = modules;
        this.telemetry = telemetry;
    }

    public ReloadOutcome reload(Path file) {
        return reload(List.of(file));
    }

    /** Reloads the modules of several files as one transaction: all switch at once, or none does. */
    public synchronized ReloadOutcome reload(List<Path> files) {
        if (pending != null) return busy(files.getFirst().toString());
        return apply(modules.stage(files.stream().map(ModuleSource::file).toList()), null, true);
    }

    /**
     * The first phase of a reload from {@code sources}: stages and checks them as {@link #reload}
     * does, without switching. Unless it was refused, the program's other transactions are refused
     * until it is {@link #commit committed} or {@link #drop dropped}.
     */
    public synchronized Prepared prepare(List<ModuleSource> sources) {
        if (pending != null) return new Prepared(null, busy(sources.getFirst().file().toString()));
        Staged stage = modules.stage(sources);
        ReloadOutcome refusal = check(stage, null);
        Prepared prepared = new Prepared(stage, refusal);
        if (refusal == null) pending = prepared;
        else count("refused", "cluster-reload");
        return prepared;
    }

    /** The second phase: switches to what {@code prepared} staged. */
    public synchronized ReloadOutcome commit(Prepared prepared) {
        if (prepared != pending) throw new IllegalStateException("this reload is not pending here (committed, dropped or refused)");
        pending = null;
        RuntimeEvents.Reload event = RuntimeEvents.Reload.start();
        ReloadOutcome outcome = switchTo(prepared.stage, true);
        String result = outcome.applied() ? "applied" : "refused";
        event.end(prepared.stage.label(), result);
        count(result, "cluster-reload");
        return outcome;
    }

    /** Drops what {@code prepared} staged: the program stays as it was. */
    public synchronized void drop(Prepared prepared) {
        if (prepared != pending) return;
        pending = null;
        count("refused", "cluster-reload");
    }

    private ReloadOutcome busy(String what) {
        return ReloadOutcome.refused(what, what, "a cluster reload of " + pending.label() + " is being decided; try again when it is done");
    }

    /**
     * Returns a module to the version before the current one (its source as it was then); statics
     * keep their values where their types allow, as in any reload. Refused if there is no earlier
     * version or it no longer fits the modules that use it.
     */
    public synchronized ReloadOutcome rollback(String module) {
        if (pending != null) return busy(module);
        Optional<ModuleVersion> current = modules.module(module);
        Deque<ModuleVersion> earlier = history.get(module);
        if (current.isEmpty()) return ReloadOutcome.refused(module, module, "module " + module + " is not loaded");
        if (earlier == null || earlier.isEmpty()) return ReloadOutcome.refused(module, module, "module " + module + " has no earlier version");
        ReloadOutcome outcome = apply(modules.stage(List.of(ModuleSource.version(earlier.peekLast()))), null, false);
        if (outcome.applied()) earlier.pollLast();
        return outcome;
    }

    /**
     * Replaces one function ({@code name} or {@code Type::name}) of a loaded module with its
     * definition in {@code definition}, switching nothing else. Refused if the signature changes:
     * that needs a reload, which checks the callers.
     */
    public synchronized ReloadOutcome patch(String module, String function, String definition) {
        if (pending != null) return busy(module);
        return apply(modules.stagePatch(module, function, definition), function, true);
    }

    /** Each loaded module with its version and the earlier versions kept for rollback, then the replaced versions still reachable. */
    public synchronized List<String> versions() {
        List<String> lines = new ArrayList<>();
        for (ModuleVersion m : modules.modules()) {
            Deque<ModuleVersion> earlier = history.getOrDefault(m.name(), new ArrayDeque<>());
            lines.add(m.name() + " v" + m.version() + " (" + m.displayName() + ")" + (earlier.isEmpty() ? ""
                    : "; can roll back to " + earlier.stream().map(v -> "v" + v.version()).collect(Collectors.joining(", "))));
        }
        List<String> alive = modules.retiredVersions();
        lines.add("replaced versions not yet unloaded: " + (alive.isEmpty() ? "none" : String.join(", ", alive))
                + "; most at once: " + modules.mostRetiredAtOnce());
        return lines;
    }

    /** A transaction, counted and recorded as a JFR {@code org.tlang.Reload} event. */
    private ReloadOutcome apply(Staged stage, String patched, boolean remember) {
        RuntimeEvents.Reload event = RuntimeEvents.Reload.start();
        ReloadOutcome outcome = transact(stage, patched, remember);
        String result = outcome.applied() ? "applied" : "refused";
        event.end(stage.label(), result);
        count(result, patched != null ? "patch" : remember ? "reload" : "rollback");
        return outcome;
    }

    private void count(String result, String kind) {
        telemetry.get().count("tlang.reloads", 1, "outcome", result, "kind", kind);
    }

    /** @param patched for a patch, the function patched; @param remember keep the replaced versions for rollback */
    private ReloadOutcome transact(Staged stage, String patched, boolean remember) {
        ReloadOutcome refusal = check(stage, patched);
        return refusal != null ? refusal : switchTo(stage, remember);
    }

    /** Why {@code stage} cannot switch (compile errors, dependents that no longer fit, statics), or null once it is ready to. */
    private ReloadOutcome check(Staged stage, String patched) {
        String label = stage.label();
        if (!stage.compiled()) return ReloadOutcome.refused(label, stage.diagnostics());
        List<ModuleVersion> loaded = modules.modules();
        List<String> together = stage.current().stream().map(ModuleVersion::name).toList();
        List<Diagnostic> broken = new ArrayList<>();
        for (ModuleVersion old : stage.current()) broken.addAll(Dependents.broken(old, fresh(stage, old.name()), loaded, together));
        if (!broken.isEmpty()) return ReloadOutcome.refused(label, broken);
        if (patched != null) {
            Diagnostic changed = signatureChange(stage.current().getFirst(), stage.versions().getFirst(), patched);
            if (changed != null) return ReloadOutcome.refused(label, List.of(changed));
        }
        List<Diagnostic> refusals = StatePolicy.decide(stage);
        if (refusals.isEmpty()) refusals = stage.initialise();
        if (!refusals.isEmpty()) return ReloadOutcome.refused(label, refusals);
        return null;
    }

    private ReloadOutcome switchTo(Staged stage, boolean remember) {
        String label = stage.label();
        long switchNanos;
        try {
            switchNanos = stage.commit();
        } catch (IllegalStateException e) {
            return ReloadOutcome.refused(label, label, e.getMessage());
        }
        if (remember) {
            for (ModuleVersion old : stage.current()) {
                Deque<ModuleVersion> earlier = history.computeIfAbsent(old.name(), k -> new ArrayDeque<>());
                earlier.addLast(old);
                if (earlier.size() > HISTORY) earlier.pollFirst();
            }
        }
        return new ReloadOutcome(true, label, stage.diagnostics(), stage.keptStatics(), stage.migratedStatics(),
                stage.resetStatics(), switchNanos);
    }

    private static ModuleVersion fresh(Staged stage, String name) {
        return stage.versions().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private static Diagnostic signatureChange(ModuleVersion old, ModuleVersion fresh, String function) {
        String before = old.functions().get(function);
        String after = fresh.functions().get(function);
        if (before == null || after == null) return Diagnostic.error(old.displayName(), "module " + old.name() + " has no function `" + function + "`");
        if (before.equals(after)) return null;
        return Diagnostic.error(old.displayName(), "the patch changes the signature of `" + function + "` from `" + before + "` to `"
                + after + "`; reload the module instead, so that its callers are checked");
    }
}
