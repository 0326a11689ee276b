package org.tlang.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.tlang.api.BoundSubsystem;
import org.tlang.api.CheckResult;
import org.tlang.api.Context;
import org.tlang.api.ContextOptions;
import org.tlang.api.Value;
import org.tlang.api.PackageInfo;
import org.tlang.api.ProfileException;
import org.tlang.api.ReplSession;
import org.tlang.api.RunRequest;
import org.tlang.api.RunResult;
import org.tlang.api.SwapResult;
import org.tlang.api.TestResult;
import org.tlang.api.TlangRuntime;
import org.tlang.runtime.HeapWatch;
import org.tlang.sandbox.Sandbox;
import org.tlang.spi.Described;
import org.tlang.spi.Metered;
import org.tlang.spi.cluster.Cluster;
import org.tlang.spi.Subsystems;
import org.tlang.spi.ffi.ForeignLinker;
import org.tlang.spi.io.IoDriver;
import org.tlang.spi.log.LogControl;
import org.tlang.spi.log.LogSettings;
import org.tlang.spi.memory.Allocator;
import org.tlang.spi.memory.Collector;
import org.tlang.spi.natives.NativeModule;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.telemetry.RuntimeEvents;
import org.tlang.spi.telemetry.Telemetry;
import org.tlang.spi.tier.ExecutionTier;

/**
 * The kernel: binds the subsystem implementations a profile names, swaps them live, and runs T
 * programs on them.
 */
@Component(service = TlangRuntime.class, immediate = true)
public final class Kernel implements TlangRuntime {
    private static final Map<String, Class<?>> SPI = Map.of(
            Subsystems.SCHEDULER, Scheduler.class,
            Subsystems.ALLOCATOR, Allocator.class,
            Subsystems.COLLECTOR, Collector.class,
            Subsystems.IO, IoDriver.class,
            Subsystems.FFI, ForeignLinker.class,
            Subsystems.TIER, ExecutionTier.class,
            Subsystems.CLUSTER, Cluster.class,
            Subsystems.TELEMETRY, Telemetry.class);

    private final BundleContext context;
    private final ConfigurationAdmin configAdmin;
    private final SubsystemCatalog catalog;
    private final ProfileReader profiles;
    private final Map<String, SubsystemSlot> slots = new LinkedHashMap<>();
    private final Programs programs;
    private final AllocatorRouter memory;
    private final CollectorRouter lifetimes;
    private volatile Profile profile;
    /** The host's logging, which applies a profile's {@code [log]}; none when the host logs otherwise. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile LogControl logControl;
    /** The context of {@link #execute}, made at its first call. */
    private volatile Context ownContext;

    /** The native modules ({@code std.*}) registered now, the latest last; every program started gets these. */
    private volatile List<NativeModule> natives = List.of();
    private final Object nativesLock = new Object();

    @Activate
    public Kernel(BundleContext context, @Reference ConfigurationAdmin configAdmin, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.configAdmin = configAdmin;
        this.catalog = new SubsystemCatalog(context);
        this.profiles = new ProfileReader(catalog);
        ComponentStarter starter = new ComponentStarter(context, configAdmin, scr);
        for (String kind : Subsystems.KINDS) slots.put(kind, new SubsystemSlot(kind, SPI.get(kind), starter));
        SubsystemSlot tiers = slots.get(Subsystems.TIER);
        // the built-in interpreter binds no service: then there is no compiling tier
        HeapWatch.installSoon();
        this.memory = new AllocatorRouter(slots.get(Subsystems.ALLOCATOR));
        this.lifetimes = new CollectorRouter(slots.get(Subsystems.COLLECTOR));
        this.programs = new Programs(context, new SchedulerRouter(slots.get(Subsystems.SCHEDULER)), new IoRouter(slots.get(Subsystems.IO)),
                memory, lifetimes, new NativeBundles(context, () -> natives),
                () -> tiers.service() instanceof ExecutionTier t ? t : null,
                () -> slots.get(Subsystems.FFI).service() instanceof ForeignLinker l ? l : null,
                () -> slots.get(Subsystems.CLUSTER).service() instanceof Cluster c ? c : null,
                this::telemetry,
                () -> profile == null ? 10_000 : profile.drain().toMillis());
        // extern functions hold the handles of the linker bound when they linked: a swap links them again
        slots.get(Subsystems.FFI).onSwitch(programs::foreignLinkerSwapped);
    }

    /**
     * A native module registered: programs started from now on get it; if it is a new revision of
     * one already registered (its bundle was updated, or a second version installed), it takes that
     * one's place and every running program that linked the old one switches to it.
     */
    @Reference(service = NativeModule.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeNative")
    void addNative(NativeModule module) {
        synchronized (nativesLock) {
            List<NativeModule> next = new ArrayList<>(natives);
            next.removeIf(m -> m.name().equals(module.name()));
            next.add(module);
            natives = List.copyOf(next);
        }
        programs.nativeUpdated(module);
    }

    /** A native module's bundle stopped: running programs that use it hold its calls until a new revision registers. */
    void removeNative(NativeModule module) {
        synchronized (nativesLock) {
            List<NativeModule> next = new ArrayList<>(natives);
            next.remove(module);
            natives = List.copyOf(next);
        }
        // the whole runtime stopping: no next revision will come, and nothing should wait for one
        if (context.getBundle(0).getState() != Bundle.STOPPING) programs.nativeStopped(module);
    }

    /**
     * The runtime is stopping: like a process whose main returned, it does not wait for tasks
     * still running; their threads die with the JVM or are left to finish on their own.
     */
    @Deactivate
    void deactivate() {
        HeapWatch.uninstall();
        Context own = ownContext;
        if (own != null) own.close();
        for (String kind : List.copyOf(slots.keySet()).reversed()) slots.get(kind).unbind(Duration.ZERO);
    }

    /**
     * Applies a profile as one transaction: every implementation that changes is started first,
     * and only when all have started does new work switch to them. If one fails to start, the
     * ones already started are stopped and the runtime keeps its bindings.
     */
    @Override
    public synchronized void compose(String profileToml, String origin, Map<String, String> overrides) throws ProfileException {
        Profile next = profiles.read(profileToml, origin, overrides);
        LogControl.Staged log = stageLog(origin, next.log());
        Map<SubsystemSlot, Binding> started = new LinkedHashMap<>();
        for (Profile.Choice choice : next.choices().values()) {
            SubsystemSlot slot = slots.get(choice.kind());
            if (slot.serves(choice.offer(), choice.settings())) continue;
            SubsystemOffer offer = choice.offer();
            try {
                started.put(slot, slot.start(offer, choice.settings(), next.startTimeout()));
            } catch (StartFailure e) {
                started.forEach(SubsystemSlot::discard);
                if (log != null) log.discard();
                throw ProfileReader.error(origin, slot.refused(offer, e).message());
            }
        }
        started.forEach((slot, binding) -> {
            String from = slot.boundName();
            RuntimeEvents.Swap event = from == null ? null : RuntimeEvents.Swap.start(); // a first binding at boot is no swap
            slot.switchTo(binding, next.swapDeadline());
            if (event != null) swapped(event, slot.kind(), from, binding.offer().name(), true);
        });
        if (log != null) log.commit();
        configureModules(origin, next);
        profile = next;
    }

    /**
     * The logging {@code settings} ask, built but not switched to; null when they are what the
     * runtime logs with now (so a profile without {@code [log]} costs nothing at start).
     */
    private LogControl.Staged stageLog(String origin, LogSettings settings) throws ProfileException {
        Profile now = profile;
        if (settings.equals(now == null ? LogSettings.DEFAULT : now.log())) return null;
        LogControl control = logControl;
        if (control == null) throw ProfileReader.error(origin, "[log] cannot apply: this runtime's host has no logging backend it can configure");
        try {
            return control.stage(settings);
        } catch (IllegalArgumentException e) {
            throw ProfileReader.error(origin, e.getMessage());
        }
    }

    @Override
    public synchronized List<String> checkProfile(String profileToml, String origin) throws ProfileException {
        Profile next = profiles.read(profileToml, origin, Map.of());
        List<String> plan = new ArrayList<>();
        for (Profile.Choice choice : next.choices().values()) {
            SubsystemSlot slot = slots.get(choice.kind());
            SubsystemOffer offer = choice.offer();
            StringBuilder line = new StringBuilder(choice.kind()).append(": ").append(offer.name()).append(' ').append(offer.version());
            if (!choice.settings().isEmpty()) line.append(", settings ").append(pairs(choice.settings()));
            if (slot.serves(offer, choice.settings())) {
                line.append(": bound now, unchanged");
            } else {
                line.append(": starts").append(offer.builtIn() ? "" : " (bundle " + offer.bundle().getSymbolicName() + ")");
                if (slot.boundName() != null) line.append(", replacing ").append(slot.boundName());
            }
            plan.add(line.toString());
        }
        plan.add("runtime: swap-deadline-ms=" + next.swapDeadline().toMillis() + " start-timeout-ms=" + next.startTimeout().toMillis());
        plan.add("shutdown: drain-ms=" + next.drain().toMillis());
        next.modules().forEach((module, settings) -> {
            if (!settings.isEmpty()) plan.add(module + ": " + pairs(settings));
        });
        if (!next.log().equals(LogSettings.DEFAULT)) plan.add("log: " + describe(next.log()));
        return plan;
    }

    private static String describe(LogSettings log) {
        StringBuilder sb = new StringBuilder("level=" + (log.level() == null ? "info" : log.level()));
        sb.append(" runtime-level=").append(log.runtimeLevel() == null ? "warn" : log.runtimeLevel()).append(" format=").append(log.format());
        log.levels().forEach((module, level) -> sb.append(' ').append(module).append('=').append(level));
        if (log.file() != null) {
            LogSettings.FileLog f = log.file();
            sb.append(" file=").append(f.path()).append(" (").append(f.format());
            if (f.daily()) sb.append(", daily");
            if (f.maxSize() > 0) sb.append(", at most ").append(f.maxSize()).append(" bytes");
            if (f.daily() || f.maxSize() > 0) sb.append(", keeps ").append(f.maxHistory());
            sb.append(')');
        }
        if (log.syslog() != null) sb.append(" syslog=").append(log.syslog().host()).append(':').append(log.syslog().port()).append(" (").append(log.syslog().facility()).append(')');
        return sb.toString();
    }

    private static String pairs(Map<String, Object> settings) {
        StringBuilder sb = new StringBuilder();
        settings.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** Hands each std module table of the profile to the module's component ({@code [http]}: {@code org.tlang.std.http}). */
    private void configureModules(String origin, Profile next) throws ProfileException {
        for (Map.Entry<String, Map<String, Object>> module : next.modules().entrySet()) {
            try {
                configAdmin.getConfiguration("org.tlang.std." + module.getKey(), "?").update(new Hashtable<>(module.getValue()));
            } catch (IOException e) {
                throw ProfileReader.error(origin, "cannot apply [" + module.getKey() + "]: " + e.getMessage());
            }
        }
    }

    @Override
    public synchronized SwapResult swap(String kind, String implementation, Map<String, Object> settings, Duration deadline) {
        SubsystemSlot slot = slots.get(kind);
        String from = slot == null ? "(none)" : String.valueOf(slot.boundName());
        if (slot == null) {
            return new SwapResult(false, kind, from, implementation, true, "unknown subsystem kind '" + kind + "' (known: " + String.join(", ", Subsystems.KINDS) + ")");
        }
        Profile.Choice choice;
        try {
            choice = profiles.choice("swap", kind, implementation, null, settings);
        } catch (ProfileException e) {
            String keeps = slot.boundName() == null ? "" : "; " + kind + " '" + from + "' keeps serving";
            return new SwapResult(false, kind, from, implementation, true, e.getMessage() + keeps);
        }
        Map<String, SubsystemOffer> after = new LinkedHashMap<>();
        slots.forEach((k, s) -> {
            if (s.bound() != null) after.put(k, s.bound().offer());
        });
        after.put(kind, choice.offer());
        List<String> conflicts = Conflicts.among(after);
        if (!conflicts.isEmpty()) {
            return new SwapResult(false, kind, from, implementation, true, "swap: " + String.join("; ", conflicts) + "; " + kind + " '" + from + "' keeps serving");
        }
        Duration startTimeout = profile == null ? Duration.ofSeconds(10) : profile.startTimeout();
        RuntimeEvents.Swap event = RuntimeEvents.Swap.start();
        SwapResult result = slot.swap(choice.offer(), choice.settings(), startTimeout, deadline);
        swapped(event, kind, from, implementation, result.swapped());
        return result;
    }

    /** A swap, by {@link #swap} or by a profile applied ({@link #compose}), as a JFR event and in the {@code tlang.swaps} metric. */
    private void swapped(RuntimeEvents.Swap event, String kind, String from, String to, boolean ok) {
        event.end(kind, from, to, ok);
        telemetry().count("tlang.swaps", 1, "kind", kind, "outcome", ok ? "swapped" : "refused");
    }

    /** The telemetry bound now, or {@link Telemetry#NONE}. */
    private Telemetry telemetry() {
        SubsystemSlot slot = slots.get(Subsystems.TELEMETRY);
        return slot != null && slot.service() instanceof Telemetry t ? t : Telemetry.NONE;
    }

    @Override
    public void drain() {
        programs.drain();
    }

    @Override
    public Map<String, String> bindings() {
        Map<String, String> bound = new LinkedHashMap<>();
        slots.forEach((kind, slot) -> {
            if (slot.boundName() != null) bound.put(kind, slot.boundName());
        });
        return bound;
    }

    @Override
    public List<BoundSubsystem> subsystems() {
        List<BoundSubsystem> all = new ArrayList<>();
        slots.forEach((kind, slot) -> {
            Binding b = slot.bound();
            if (b == null) return;
            Map<String, Number> metrics = b.service() instanceof Metered m
                    ? new LinkedHashMap<>(m.metrics()) : new LinkedHashMap<String, Number>();
            if (kind.equals(Subsystems.ALLOCATOR)) metrics.put("quota-refusals", memory.refusals());
            if (kind.equals(Subsystems.COLLECTOR)) metrics.put("live-total", lifetimes.live());
            List<String> details = b.service() instanceof Described d ? List.copyOf(d.details()) : List.of();
            all.add(new BoundSubsystem(kind, b.name(), b.offer().version().toString(), b.settingsInOrder(), Collections.unmodifiableMap(metrics), details));
        });
        return all;
    }

    @Override
    public Map<String, Number> metrics() {
        Map<String, Number> all = new LinkedHashMap<>();
        slots.forEach((kind, slot) -> {
            if (slot.service() instanceof Metered m) m.metrics().forEach((name, value) -> all.put(kind + "." + name, value));
        });
        all.put(Subsystems.ALLOCATOR + ".quota-refusals", memory.refusals());
        all.put(Subsystems.COLLECTOR + ".live-total", lifetimes.live());
        return all;
    }

    @Override
    public String version() {
        return context.getBundle().getVersion().toString();
    }

    /** What the profile bound now grants each package. */
    private Sandbox sandbox() {
        Profile p = profile;
        return p == null ? Sandbox.DEFAULT : p.sandbox();
    }

    @Override
    public RunResult run(RunRequest request) {
        Profile p = profile;
        return p == null ? programs.run(request, Sandbox.DEFAULT, null, Map.of()) : programs.run(request, p.sandbox(), p.text(), p.overrides());
    }

    @Override
    public RunResult debug(RunRequest request, org.tlang.api.DebugOptions debugging) {
        Profile p = profile;
        return p == null ? programs.run(request, Sandbox.DEFAULT, null, Map.of(), debugging) : programs.run(request, p.sandbox(), p.text(), p.overrides(), debugging);
    }

    @Override
    public Context context(ContextOptions options) {
        return programs.context(options, sandbox());
    }

    @Override
    public Value execute(String module, String function, Value... args) {
        Context c = ownContext;
        if (c == null) {
            synchronized (this) {
                if (ownContext == null) ownContext = programs.context(ContextOptions.of(Path.of("")), sandbox());
                c = ownContext;
            }
        }
        return c.execute(module, function, args);
    }

    @Override
    public TestResult test(Path path, PrintStream out, PrintStream err) {
        return programs.test(path, out, err, false, sandbox());
    }

    @Override
    public TestResult test(Path path, PrintStream out, PrintStream err, boolean locked) {
        return programs.test(path, out, err, locked, sandbox());
    }

    @Override
    public ReplSession repl(PrintStream out, PrintStream err) {
        return programs.repl(out, err);
    }

    @Override
    public CheckResult check(Path file) {
        return programs.check(file, false);
    }

    @Override
    public CheckResult check(Path file, boolean locked) {
        return programs.check(file, locked);
    }

    @Override
    public org.tlang.api.AheadOfTimeBuild compileAhead(Path root, boolean locked) {
        return programs.compileAhead(root, locked);
    }

    @Override
    public PackageInfo describePackage(Path root, boolean locked) {
        return ProgramPackages.describe(root.toAbsolutePath().normalize(), locked);
    }

    @Override
    public List<PackageInfo> describeGraph(Path root, boolean locked) {
        return ProgramPackages.describeGraph(root.toAbsolutePath().normalize(), locked);
    }

    @Override
    public Path packagesFolder() {
        return org.tlang.packages.Resolver.defaultFolder();
    }

    @Override
    public String rangeFilter(String attribute, String value, String range) {
        return org.tlang.packages.Range.parse(range).osgiFilter(attribute, value);
    }

    @Override
    public PackageInfo addDependency(Path root, String name, String range) {
        return DependencyEdits.add(root.toAbsolutePath().normalize(), name, range);
    }

    @Override
    public PackageInfo removeDependency(Path root, String name) {
        return DependencyEdits.remove(root.toAbsolutePath().normalize(), name, programs::importerOf);
    }
}
