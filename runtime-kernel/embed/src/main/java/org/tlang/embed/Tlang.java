package org.tlang.embed;

import org.tlang.api.TlangException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;
import org.tlang.api.ProfileException;
import org.tlang.api.TlangRuntime;
import org.tlang.spi.log.LogControl;

/**
 * A tlang runtime embedded in this Java process: {@link #init}, then {@link #runtime()} to execute
 * T, then {@link #close()}. Each instance boots its own Felix framework with its own cache folder,
 * so several can live in one JVM.
 */
public final class Tlang implements AutoCloseable {

    /** SPI Fly logs every provider it registers at INFO through java.util.logging; stdout and stderr belong to T programs. */
    private static final java.util.logging.Logger SPIFLY_LOG = java.util.logging.Logger.getLogger("org.apache.aries.spifly");

    private final Framework framework;
    private final Path cache;
    private final TlangRuntime runtime;

    /**
     * Stops the framework if the JVM exits while it runs (System.exit, or a signal the JVM handles
     * itself: SIGTERM ends a JVM whose launcher did not take it by running the shutdown hooks), so
     * that its bundles stop (the admin channel removes its socket) and its cache is deleted.
     */
    private final Thread stopAtExit = new Thread(this::stop, "tlang-stop-at-exit");
    private final java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();

    private Tlang(Framework framework, Path cache, TlangRuntime runtime) {
        this.framework = framework;
        this.cache = cache;
        this.runtime = runtime;
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * Boots the runtime the host finds ({@code -Dtlang.home}, {@code $TLANG_HOME}, or the executable
     * jar on the class path) and composes it from its {@code profiles/default.toml}.
     *
     * @throws TlangException there is no runtime to be found, or it did not start
     */
    public static Tlang start() {
        return start(Installation.locate());
    }

    /** As {@link #start()}, with the distribution at {@code home}. */
    public static Tlang start(Path home) {
        return start(new Installation(home));
    }

    private static Tlang start(Installation installation) {
        try {
            return init(installation.bundles(), installation.defaultProfile(), "default.toml");
        } catch (ProfileException e) {
            throw new TlangException(e.getMessage(), e);
        }
    }

    /**
     * Boots the framework with the bundles of {@code bundles} and composes the runtime from a profile.
     *
     * @throws TlangException   the framework or a bundle failed to start (message says which)
     * @throws ProfileException the profile names an unknown key or implementation; the framework is stopped
     */
    public static Tlang init(BundleSet bundles, String profileToml, String profileOrigin) throws ProfileException {
        Tlang tlang = boot(bundles);
        try {
            tlang.runtime.compose(profileToml, profileOrigin);
        } catch (ProfileException | RuntimeException e) {
            tlang.close();
            throw e;
        }
        return tlang;
    }

    /**
     * Boots the framework with the bundles of {@code bundles}; no subsystem is bound until
     * {@link TlangRuntime#compose} is given a profile.
     *
     * @throws TlangException the framework or a bundle failed to start (message says which)
     */
    public static Tlang boot(BundleSet bundles) {
        BootTiming timing = BootTiming.fromEnvironment();
        configureLogging(bundles.loggingConfig());
        LoggingSetup logging = LoggingSetup.start();
        CacheFolders.sweepInBackground();
        List<BundleJar> jars = bundles.jars();
        SavedCache saved = bundles.savedCacheRoot() == null ? null : SavedCache.of(bundles.savedCacheRoot(), jars);
        if (saved != null) {
            Path cache = CacheFolders.create();
            // copied while this thread loads the framework's classes
            FutureTask<Boolean> restoring = new FutureTask<>(() -> saved.restoreInto(cache));
            Thread.ofPlatform().name("tlang-cache-restore").daemon().start(restoring);
            try {
                return boot(jars, cache, restoring, null, logging, timing);
            } catch (StaleCache e) {
                saved.discard();
            }
        }
        return boot(jars, CacheFolders.create(), null, saved, logging, timing);
    }

    /**
     * @param cache     an empty folder, into which {@code restoring} (when not null) copies a saved cache of {@code jars}
     * @param restoring true when it has restored the cache; false when it left the folder to be emptied
     * @param saveTo    where to save the cache once the bundles are installed, or null
     * @throws StaleCache the restored cache does not hold {@code jars}; the framework is stopped
     */
    private static Tlang boot(List<BundleJar> jars, Path cache, FutureTask<Boolean> restoring, SavedCache saveTo, LoggingSetup logging,
                              BootTiming timing) {
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, HostPackages.exportHeader());
        // The platform (start level 1) comes up first, then the rest: see startPlatformThenRest.
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        props.put("felix.log.level", "1");
        // SCR would print component failures to stderr, which belongs to T programs; the kernel
        // reports the failures that matter (a subsystem that does not start) itself.
        props.put("ds.log.enabled", "false");
        Framework framework = new FrameworkFactory().newFramework(props);
        timing.mark("new");
        boolean restored = restoring != null && restored(restoring);
        if (restoring != null && !restored) {
            stopQuietly(framework, cache);
            throw new StaleCache();
        }
        if (restored) timing.mark("restore");
        List<String> errors = new CopyOnWriteArrayList<>();
        try {
            try {
                framework.init();
            } catch (BundleException e) {
                if (restored) throw new StaleCache();
                throw e;
            }
            timing.mark("framework");
            BundleContext context = framework.getBundleContext();
            context.addFrameworkListener(event -> {
                if (event.getType() == FrameworkEvent.ERROR) {
                    Throwable t = event.getThrowable();
                    errors.add(event.getBundle().getSymbolicName() + ": " + (t == null ? "error" : rootMessage(t)));
                }
            });
            List<Bundle> installed = startPlatformThenRest(framework, jars, restored, () -> {
                if (saveTo != null) {
                    saveTo.save(cache);
                    timing.mark("save");
                }
            }, logging, timing);
            for (Bundle b : installed) {
                if (b.getState() == Bundle.INSTALLED) {
                    errors.add(b.getSymbolicName() + " did not resolve: " + unresolvedReason(b));
                }
            }
            TlangRuntime runtime = awaitRuntime(context, errors);
            timing.mark("kernel");
            return new Tlang(framework, cache, runtime);
        } catch (BundleException | InterruptedException e) {
            stopQuietly(framework, cache);
            throw new TlangException("the runtime did not start: " + rootMessage(e), e);
        } catch (TlangException | StaleCache e) {
            stopQuietly(framework, cache);
            throw e;
        }
    }

    private static boolean restored(FutureTask<Boolean> restoring) {
        try {
            return restoring.get();
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A restored framework cache that does not hold the bundle set it was saved for. */
    private static final class StaleCache extends RuntimeException {
        StaleCache() {
            super(null, null, false, false);
        }
    }

    /**
     * Installs (or, from a restored cache, finds) and starts the platform (start level 1: what the
     * others need at their start, SPI Fly and ASM), then the rest. Logging has been set up on a second
     * thread since the boot began ({@link LoggingSetup}); the rest starts once it is done too, so no
     * bundle ever sees logging half set up. {@code installed} runs once every
     * bundle is installed and none of the rest has started. On-demand bundles are installed only:
     * the kernel resolves and starts one when a program first imports its module.
     */
    private static List<Bundle> startPlatformThenRest(Framework framework, List<BundleJar> jars, boolean restored, Runnable installed,
                                                      LoggingSetup logging, BootTiming timing) throws BundleException, InterruptedException {
        BundleContext context = framework.getBundleContext();
        List<BundleJar> platformJars = jars.stream().filter(j -> j.startLevel() <= 1).toList();
        List<BundleJar> restJars = jars.stream().filter(j -> j.startLevel() > 1).toList();
        Map<String, Bundle> cached = restored ? cachedBundles(context, jars) : Map.of();
        List<Bundle> platform = restored ? platformJars.stream().map(j -> cached.get(j.location())).toList() : install(context, platformJars);
        framework.start();
        timing.mark("platform");
        List<Bundle> rest = restored ? restJars.stream().map(j -> cached.get(j.location())).toList() : install(context, restJars);
        if (!restored) timing.mark("install");
        installed.run();
        List<Bundle> atBoot = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) if (!restJars.get(i).onDemand()) atBoot.add(rest.get(i));
        framework.adapt(FrameworkWiring.class).resolveBundles(atBoot);
        timing.mark("resolve");
        logging.await();
        registerLogControl(context);
        timing.mark("logging");
        int level = restJars.stream().mapToInt(BundleJar::startLevel).max().orElse(1);
        if (level > 1) setStartLevel(framework, level);
        timing.mark("start");
        List<Bundle> all = new ArrayList<>(platform);
        all.addAll(atBoot);
        return all;
    }

    /** The bundles of a restored cache by location, if they are exactly {@code jars} at their start levels. */
    private static Map<String, Bundle> cachedBundles(BundleContext context, List<BundleJar> jars) {
        Map<String, Bundle> byLocation = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() != 0) byLocation.put(b.getLocation(), b);
        }
        if (byLocation.size() != jars.size()) throw new StaleCache();
        for (BundleJar jar : jars) {
            Bundle b = byLocation.get(jar.location());
            if (b == null || b.adapt(BundleStartLevel.class).getStartLevel() != jar.startLevel()) throw new StaleCache();
        }
        return byLocation;
    }

    /** Moves the framework to {@code level} and waits until every bundle of that level has been started. */
    private static void setStartLevel(Framework framework, int level) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        framework.adapt(FrameworkStartLevel.class).setStartLevel(level, event -> done.countDown());
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new TlangException("the runtime did not start: start level " + level + " was not reached within 60 s");
        }
    }

    private static List<Bundle> install(BundleContext context, List<BundleJar> jars) throws BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (BundleJar jar : jars) {
            Bundle bundle;
            if (jar.content() == null) {
                bundle = context.installBundle(jar.location());
            } else {
                try (InputStream in = jar.content().open()) {
                    bundle = context.installBundle(jar.location(), in);
                } catch (IOException e) {
                    throw new TlangException("cannot read bundle " + jar.name() + ": " + e.getMessage(), e);
                }
            }
            bundle.adapt(BundleStartLevel.class).setStartLevel(jar.startLevel());
            installed.add(bundle);
        }
        for (int i = 0; i < installed.size(); i++) {
            Bundle bundle = installed.get(i);
            if (!jars.get(i).onDemand() && bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        return installed;
    }

    private static TlangRuntime awaitRuntime(BundleContext context, List<String> errors) throws InterruptedException {
        ServiceTracker<TlangRuntime, TlangRuntime> tracker = new ServiceTracker<>(context, TlangRuntime.class, null);
        tracker.open();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            TlangRuntime runtime = tracker.waitForService(50);
            if (runtime != null) return runtime;
            if (!errors.isEmpty()) break;
        }
        throw new TlangException("the kernel did not start" + (errors.isEmpty() ? " within 30 s" : ": " + String.join("; ", errors)));
    }

    private static String unresolvedReason(Bundle bundle) {
        try {
            bundle.start();
            return "unknown";
        } catch (BundleException e) {
            return rootMessage(e);
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** Offers the bundles the host's Logback to apply a profile's {@code [log]} to and change levels of, if Logback is SLF4J's provider. */
    private static void registerLogControl(BundleContext context) {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            context.registerService(LogControl.class, new LogbackControl(logback), null);
        }
    }

    private static void configureLogging(URL config) {
        if (SPIFLY_LOG.getLevel() == null) SPIFLY_LOG.setLevel(java.util.logging.Level.WARNING);
        if (config != null && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", config.toString());
        }
    }

    public TlangRuntime runtime() {
        return runtime;
    }

    /**
     * The service {@code type} of the bundle {@code symbolicName}, a tool installed with the std
     * bundles (not started at boot): starts it, and waits up to 10 s for its service.
     *
     * @throws TlangException the bundle is not installed, does not start, or registers no such service
     */
    public <T> T tool(String symbolicName, Class<T> type) {
        BundleContext context = framework.getBundleContext();
        Bundle bundle = null;
        for (Bundle b : context.getBundles()) if (symbolicName.equals(b.getSymbolicName())) bundle = b;
        if (bundle == null) throw new TlangException("bundle " + symbolicName + " is not in this distribution");
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            bundle.start(Bundle.START_TRANSIENT);
            T service = tracker.waitForService(10_000);
            if (service == null) throw new TlangException("bundle " + symbolicName + " registered no " + type.getSimpleName() + " within 10 s");
            return service;
        } catch (BundleException e) {
            throw new TlangException("bundle " + symbolicName + " does not start: " + rootMessage(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TlangException("interrupted while " + symbolicName + " started");
        } finally {
            tracker.close();
        }
    }

    /** The framework, for tools and tests that inspect bundles and services. */
    public Framework framework() {
        return framework;
    }

    /** Stops every bundle and the framework, and deletes the framework cache. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook stops it, if it has not already
        }
        stop();
    }

    private void stop() {
        if (stopped.compareAndSet(false, true)) stopQuietly(framework, cache);
    }

    private static void stopQuietly(Framework framework, Path cache) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            // shutting down anyway; the cache is removed below
        }
        Tree.delete(cache);
    }
}
