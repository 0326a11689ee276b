package org.tlang.modules;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.tlang.interp.CallTarget;
import org.tlang.interp.FunctionCell;
import org.tlang.spi.tier.ExecutionTier;
import org.tlang.spi.tier.Linkage;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;

/**
 * Hands a freshly linked module version's functions to the compiling tier. An eager tier bound at
 * load compiles and installs them at once. Otherwise each function's interpreter counters are armed;
 * when one reaches its threshold, the tier bound <em>at that moment</em> compiles it in the
 * background and it is installed, unless a newer version replaced it meanwhile. So a tier swapped
 * in after a module loaded compiles that module's hot functions, and a tier swapped out is never
 * asked again. While no compiling tier is bound, functions stay armed ({@link ExecutionTier.Policy#LATER}).
 */
final class TierUp {
    private final ModuleRegistry registry;
    private ExecutorService compileQueue;

    TierUp(ModuleRegistry registry) {
        this.registry = registry;
    }

    /** @param files the file of each module of the batch (where code compiled ahead of time for it is looked for) */
    void arm(List<TModule> tirs, Map<String, java.nio.file.Path> files, Map<FunctionCell, CallTarget> targets, BatchLinker overlay) {
        if (registry.execHost().probe() != null) return; // under a debugger every function stays interpreted, where its probes are
        ExecutionTier atLoad = registry.tier();
        ExecutionTier.Policy policy = atLoad == null ? ExecutionTier.Policy.LATER : atLoad.policy();
        Linkage linkage = new VersionLinkage(registry, overlay, files);
        for (TModule m : tirs) {
            for (TFunction fn : m.functions()) {
                CallTarget target = targets.get(registry.links.existingCell(ModuleRegistry.ref(fn)));
                if (target == null) continue;
                if (atLoad != null && installPrecompiled(atLoad, fn, target, linkage)) continue;
                if (policy.eager()) compileAndInstall(atLoad, fn, target, linkage);
                else armWhenHot(fn, target, linkage, policy);
            }
        }
    }

    private void armWhenHot(TFunction fn, CallTarget target, Linkage linkage, ExecutionTier.Policy policy) {
        target.arm(policy.callThreshold(), policy.loopThreshold(), () -> {
            ExecutionTier now = registry.tier();
            if (now == null) armWhenHot(fn, target, linkage, policy); // nothing compiles now; keep counting for a tier bound later
            else compiles().execute(() -> compileAndInstall(now, fn, target, linkage));
        });
        // on-stack replacement: a hot loop of an activation still interpreted moves into compiled code
        target.armLoops(policy.loopThreshold(), loop -> {
            ExecutionTier now = registry.tier();
            if (now == null) return null;
            try {
                return now.compileLoop(fn, loop, linkage).orElse(null);
            } catch (RuntimeException | LinkageError e) {
                System.getLogger(TierUp.class.getName()).log(System.Logger.Level.WARNING,
                        "tier failed to compile a loop of " + fn.qualifiedName() + "; it stays interpreted", e);
                return null;
            }
        });
    }

    /** Code the tier compiled ahead of time for {@code fn}, installed now; false when there is none that fits. */
    private boolean installPrecompiled(ExecutionTier tier, TFunction fn, CallTarget interpreted, Linkage linkage) {
        Optional<MethodHandle> code = asked(() -> tier.precompiled(fn, linkage), "link " + fn.qualifiedName() + " compiled ahead of time; it is compiled as usual");
        code.ifPresent(c -> install(fn, interpreted, c));
        return code.isPresent();
    }

    private void compileAndInstall(ExecutionTier tier, TFunction fn, CallTarget interpreted, Linkage linkage) {
        asked(() -> tier.compile(fn, linkage), "compile " + fn.qualifiedName() + "; it stays interpreted").ifPresent(c -> install(fn, interpreted, c));
    }

    /** What the tier answers; empty when it failed (its bug must not break the program), logged as failing to do {@code what}. */
    private static Optional<MethodHandle> asked(java.util.function.Supplier<Optional<MethodHandle>> tier, String what) {
        try {
            return tier.get();
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(TierUp.class.getName()).log(System.Logger.Level.WARNING, "tier failed to " + what, e);
            return Optional.empty();
        }
    }

    /** Installs {@code code} for {@code fn}, unless a newer version replaced it since {@code interpreted} was linked. */
    private void install(TFunction fn, CallTarget interpreted, MethodHandle code) {
        FunctionRef ref = ModuleRegistry.ref(fn);
        synchronized (registry.lock) {
            FunctionCell cell = registry.links.existingCell(ref);
            if (cell != null && cell.isLinked() && cell.target() == interpreted) registry.install(ref, code);
        }
    }

    /** Background compilation: one daemon thread, started on demand and gone when idle. */
    private synchronized ExecutorService compiles() {
        if (compileQueue == null) {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    Thread.ofPlatform().name("tlang-compile").daemon(true).factory());
            pool.allowCoreThreadTimeOut(true);
            compileQueue = pool;
        }
        return compileQueue;
    }
}
