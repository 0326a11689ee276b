package org.tlang.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;
import org.tlang.interp.CallTarget;
import org.tlang.interp.FunctionCell;
import org.tlang.interp.NodeCompiler;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.lower.Lowerer;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.StaticCell;
import org.tlang.spi.program.ModuleVersion;
import org.tlang.spi.program.StaticChange;
import org.tlang.spi.program.Staged;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;
import org.tlang.tir.TStatic;

/**
 * New versions of some modules of one program, compiled and linked beside the versions serving now
 * (see {@link Staged}). Made by {@link VersionSwitch}; everything it changes in the program happens
 * in {@link #commit}, in one switch under the registry's lock.
 */
final class Stage implements Staged {
    /** What becomes of one static of a staged module. */
    private enum Fate { KEEP, INITIALISE, SHADOW_CONST, UNDECIDED, RESET, MIGRATE }

    private static final class StaticPlan {
        final TModule module;
        final TStatic decl;
        final String key;
        final StaticCell current;
        final StaticChange change;
        Fate fate;

        StaticPlan(TModule module, TStatic decl, String key, StaticCell current, Fate fate, StaticChange change) {
            this.module = module;
            this.decl = decl;
            this.key = key;
            this.current = current;
            this.fate = fate;
            this.change = change;
        }
    }

    private enum State { STAGED, INITIALISED, FAILED, COMMITTED }

    private final ModuleRegistry registry;
    private final long generation;
    private final String label;
    private final List<String> names;
    private final List<Diagnostic> diagnostics;
    /** Set for a live patch: only this function of the first module switches. */
    private final String onlyFunction;
    private final List<LoadedModule> versions = new ArrayList<>();
    private final List<LoadedModule> current = new ArrayList<>();
    private final List<TModule> tirs = new ArrayList<>();
    private final List<StaticPlan> statics = new ArrayList<>();
    private final Map<StaticChange, StaticPlan> changes = new IdentityHashMap<>();
    private final Map<String, StaticMigrations> migrations = new HashMap<>();
    private final List<Diagnostic> stray = new ArrayList<>();
    private BatchLinker overlay;
    private List<CheckedModule> checked = List.of();
    private Map<String, java.nio.file.Path> files = Map.of();
    private ForeignFunctions.Prepared foreign;
    private Map<FunctionCell, CallTarget> targets;
    private final Map<String, RetiredVersions.Token> nextTokens = new HashMap<>();
    private State state = State.STAGED;

    /** A stage that did not compile (or named a module that is not loaded): only its diagnostics. */
    Stage(ModuleRegistry registry, String label, List<Diagnostic> diagnostics) {
        this.registry = registry;
        this.generation = registry.generation;
        this.label = label;
        this.names = List.of();
        this.diagnostics = List.copyOf(diagnostics);
        this.onlyFunction = null;
    }

    /**
     * @param names        the modules being replaced, in the batch's order (the batch may hold more:
     *                     modules a new version imports for the first time)
     * @param texts        the source text of each new version, by module name
     * @param onlyFunction for a live patch, the one function that switches
     */
    Stage(ModuleRegistry registry, List<String> names, FrontEnd.Batch batch, Map<String, String> texts, String onlyFunction) {
        this.registry = registry;
        this.generation = registry.generation;
        this.names = List.copyOf(names);
        this.label = String.join(", ", names);
        this.diagnostics = batch.diagnostics();
        this.onlyFunction = onlyFunction;
        if (!batch.ok()) return;
        this.checked = batch.modules();
        this.files = batch.files();
        for (CheckedModule cm : batch.modules()) {
            TModule tir = Lowerer.lower(cm, registry.refsFor(batch.files().get(cm.name())));
            tirs.add(tir);
            LoadedModule prev = registry.modules.get(cm.name());
            String text = texts.getOrDefault(cm.name(), cm.syntax().source().text());
            versions.add(new LoadedModule(cm, batch.files().get(cm.name()), tir, prev == null ? 1 : prev.version() + 1,
                    batch.warningsOf(cm), text));
            if (names.contains(cm.name())) {
                current.add(prev);
                migrations.put(cm.name(), new StaticMigrations(prev, tir, cm.syntax(), t -> overlay.typeKey(t)));
            }
        }
        overlay = new BatchLinker(registry.links, registry::anyModule, tirs);
        planStatics();
        for (String n : names) stray.addAll(migrations.get(n).unknown());
    }

    /** A static whose type is unchanged keeps its cell; new or changed ones get a fresh cell (imported modules first). */
    private void planStatics() {
        for (int i = tirs.size() - 1; i >= 0; i--) {
            TModule m = tirs.get(i);
            for (TStatic s : m.statics()) {
                String key = m.name() + "." + s.name();
                StaticCell cell = registry.links.staticCell(key);
                String typeKey = overlay.typeKey(s.type());
                boolean sameType = cell != null && cell.type().equals(typeKey) && cell.initialised();
                if (sameType && !s.isConst()) {
                    statics.add(new StaticPlan(m, s, key, cell, Fate.KEEP, null));
                } else if (cell != null && cell.initialised() && !s.isConst() && names.contains(m.name())) {
                    StaticChange change = migrations.get(m.name()).change(s, cell, typeKey);
                    StaticPlan plan = new StaticPlan(m, s, key, cell, Fate.UNDECIDED, change);
                    statics.add(plan);
                    changes.put(change, plan);
                } else {
                    statics.add(new StaticPlan(m, s, key, cell, sameType ? Fate.SHADOW_CONST : Fate.INITIALISE, null));
                }
            }
        }
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public boolean compiled() {
        return overlay != null;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<ModuleVersion> versions() {
        return List.copyOf(versions);
    }

    @Override
    public List<ModuleVersion> current() {
        return List.copyOf(current);
    }

    @Override
    public List<String> keptStatics() {
        return names(Fate.KEEP);
    }

    @Override
    public List<StaticChange> changedStatics() {
        return statics.stream().filter(p -> p.change != null).map(p -> p.change).toList();
    }

    @Override
    public List<Diagnostic> strayMigrations() {
        return List.copyOf(stray);
    }

    @Override
    public void reset(StaticChange change) {
        decide(change, Fate.RESET);
    }

    @Override
    public void migrate(StaticChange change) {
        if (change.migration() == null || !change.migration().fits()) {
            throw new IllegalArgumentException("static " + change.name() + " has no fitting migration");
        }
        decide(change, Fate.MIGRATE);
    }

    private void decide(StaticChange change, Fate fate) {
        StaticPlan plan = changes.get(change);
        if (plan == null) throw new IllegalArgumentException("not a change of this stage: " + change);
        if (state != State.STAGED) throw new IllegalStateException("the stage is " + state.name().toLowerCase(java.util.Locale.ROOT));
        plan.fate = fate;
    }

    @Override
    public List<String> resetStatics() {
        List<String> out = new ArrayList<>();
        for (StaticPlan p : statics) {
            if (p.fate == Fate.RESET || (p.fate == Fate.INITIALISE && p.current != null && !p.decl.isConst())) out.add(p.decl.name());
        }
        return out;
    }

    @Override
    public List<String> migratedStatics() {
        return names(Fate.MIGRATE);
    }

    private List<String> names(Fate fate) {
        return statics.stream().filter(p -> p.fate == fate).map(p -> p.decl.name()).toList();
    }

    @Override
    public List<Diagnostic> initialise() {
        return BigStack.call(() -> {
            synchronized (registry.lock) {
                return initialiseHere();
            }
        });
    }

    private List<Diagnostic> initialiseHere() {
        if (state != State.STAGED || !compiled()) throw new IllegalStateException("nothing to initialise: the stage is " + state);
        for (StaticPlan p : statics) {
            if (p.fate == Fate.UNDECIDED) throw new IllegalStateException("static " + p.decl.name() + " changed type and was not decided");
        }
        for (StaticPlan p : statics) {
            if (p.fate == Fate.SHADOW_CONST) overlay.constShadows.put(p.key, new StaticCell(p.key, overlay.typeKey(p.decl.type())));
            else if (p.fate != Fate.KEEP) overlay.pendingStatics.put(p.key, new StaticCell(p.key, overlay.typeKey(p.decl.type())));
        }
        NodeCompiler compiler = new NodeCompiler(overlay, registry.execHost());
        NodeCompiler initCompiler = new NodeCompiler(overlay.forInitialisers(), registry.execHost());
        targets = new HashMap<>();
        for (TModule m : tirs) {
            LoadedModule prev = registry.modules.get(m.name());
            RetiredVersions.Token token = new RetiredVersions.Token(m.name(), prev == null ? 1 : prev.version() + 1);
            nextTokens.put(m.name(), token);
            for (TFunction fn : m.functions()) {
                if (onlyFunction != null && !(m.name().equals(names.getFirst()) && fn.name().equals(onlyFunction))) continue;
                CallTarget target = compiler.compile(fn);
                target.belongsTo(onlyFunction != null ? registry.tokens.get(m.name()) : token);
                targets.put(overlay.function(ModuleRegistry.ref(fn)), target);
            }
        }
        // functions nobody can call yet (new, or new signature) are linked now, so initialisers can use them
        Map<FunctionCell, CallTarget> unreachable = new HashMap<>();
        targets.forEach((cell, target) -> {
            if (!cell.isLinked()) unreachable.put(cell, target);
        });
        registry.links.switchAll(unreachable);
        foreign = registry.foreign.prepare(checked, files);
        if (!foreign.errors().isEmpty()) return failed(foreign.errors().getFirst());
        registry.foreign.install(foreign, true);
        List<StaticPlan> toInit = statics.stream().filter(p -> p.fate == Fate.INITIALISE || p.fate == Fate.SHADOW_CONST || p.fate == Fate.RESET).toList();
        List<StaticCell> cells = new ArrayList<>();
        for (StaticPlan p : toInit) {
            StaticCell cell = p.fate == Fate.SHADOW_CONST ? overlay.constShadows.get(p.key) : overlay.pendingStatics.get(p.key);
            CallTarget init = initCompiler.compile(p.decl.init());
            cell.initialiseWith(() -> init.call(new Object[0]));
            cells.add(cell);
        }
        for (int i = 0; i < toInit.size(); i++) {
            TStatic s = toInit.get(i).decl;
            try {
                cells.get(i).initialise();
            } catch (PanicException p) {
                return failed(new Diagnostic(Severity.ERROR, toInit.get(i).module.file(), s.init().pos().line(), s.init().pos().column(),
                        "initialiser of `" + s.name() + "` panicked: " + p.getMessage()));
            }
        }
        for (String module : names) {
            for (StaticPlan p : statics) {
                if (p.fate != Fate.MIGRATE || !p.module.name().equals(module)) continue;
                TFunction fn = migrations.get(module).function(p.change.migration());
                StaticCell cell = overlay.pendingStatics.get(p.key);
                CallTarget migrate = compiler.compile(fn);
                Object oldValue = p.current.get();
                cell.initialiseWith(() -> migrate.call(new Object[] {oldValue}));
                try {
                    cell.initialise();
                } catch (PanicException e) {
                    return failed(new Diagnostic(Severity.ERROR, fn.file(), fn.pos().line(), fn.pos().column(),
                            "migration `" + fn.name() + "` of `" + p.decl.name() + "` panicked: " + e.getMessage()));
                }
            }
        }
        state = State.INITIALISED;
        return List.of();
    }

    private List<Diagnostic> failed(Diagnostic why) {
        state = State.FAILED;
        return List.of(why);
    }

    @Override
    public long commit() {
        synchronized (registry.lock) {
            if (state != State.INITIALISED) throw new IllegalStateException("cannot commit: the stage is " + state);
            if (registry.generation != generation) {
                throw new IllegalStateException("another switch of " + label + " came first; stage again");
            }
            long t0 = System.nanoTime();
            registry.links.putStatics(overlay.pendingStatics);
            overlay.constShadows.forEach((key, shadow) -> registry.links.staticCell(key).set(shadow.get()));
            registry.links.switchAll(targets);
            registry.foreign.install(foreign, false);
            registry.tierUp.arm(tirs, files, targets, overlay);
            for (LoadedModule v : versions) {
                if (onlyFunction == null) {
                    RetiredVersions.Token before = registry.tokens.put(v.name(), nextTokens.get(v.name()));
                    if (before != null) registry.retired.retire(before);
                }
                registry.modules.put(v.name(), v);
            }
            registry.generation++;
            state = State.COMMITTED;
            return System.nanoTime() - t0;
        }
    }
}
