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
        return apply(modules.stage(files.stream().map(ModuleSource::file).toList()), null, true);
    }

    /**
     * Returns a module to the version before the current one (its source as it was then); statics
     * keep their values where their types allow, as in any reload. Refused if there is no earlier
     * version or it no longer fits the modules that use it.
     */
    public synchronized ReloadOutcome rollback(String module) {
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
        telemetry.get().count("tlang.reloads", 1, "outcome", result, "kind", patched != null ? "patch" : remember ? "reload" : "rollback");
        return outcome;
    }

    /** @param patched for a patch, the function patched; @param remember keep the replaced versions for rollback */
    private ReloadOutcome transact(Staged stage, String patched, boolean remember) {
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
