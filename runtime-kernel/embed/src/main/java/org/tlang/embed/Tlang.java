package org.tlang.embed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.util.tracker.ServiceTracker;
import org.tlang.api.ProfileException;
import org.tlang.api.TlangRuntime;

/**
 * A tlang runtime embedded in this Java process: {@link #init}, then {@link #runtime()} to execute
 * T, then {@link #close()}. Each instance boots its own Felix framework with its own cache folder,
 * so several can live in one JVM.
 */
public final class Tlang implements AutoCloseable {

    /** The version of the API package the host exports to the framework. */
    public static final String API_VERSION = "0.1.0";

    /** SPI Fly logs every provider it registers at INFO through java.util.logging; stdout and stderr belong to T programs. */
    private static final java.util.logging.Logger SPIFLY_LOG = java.util.logging.Logger.getLogger("org.apache.aries.spifly");

    private final Framework framework;
    private final Path cache;
    private final TlangRuntime runtime;

    private Tlang(Framework framework, Path cache, TlangRuntime runtime) {
        this.framework = framework;
        this.cache = cache;
        this.runtime = runtime;
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
        configureLogging(bundles.loggingConfig());
        Path cache;
        try {
            cache = Files.createTempDirectory("tlang-felix-");
        } catch (IOException e) {
            throw new TlangException("cannot create the framework cache folder: " + e.getMessage(), e);
        }
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.tlang.api;version=" + API_VERSION);
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "2");
        props.put("felix.log.level", "1");
        // SCR would print component failures to stderr, which belongs to T programs; the kernel
        // reports the failures that matter (a subsystem that does not start) itself.
        props.put("ds.log.enabled", "false");
        Framework framework = new FrameworkFactory().newFramework(props);
        List<String> errors = new CopyOnWriteArrayList<>();
        try {
            framework.init();
            BundleContext context = framework.getBundleContext();
            context.addFrameworkListener(event -> {
                if (event.getType() == FrameworkEvent.ERROR) {
                    Throwable t = event.getThrowable();
                    errors.add(event.getBundle().getSymbolicName() + ": " + (t == null ? "error" : rootMessage(t)));
                }
            });
            List<Bundle> installed = install(context, bundles.jars());
            framework.start();
            for (Bundle b : installed) {
                if (b.getState() == Bundle.INSTALLED) {
                    errors.add(b.getSymbolicName() + " did not resolve: " + unresolvedReason(b));
                }
            }
            return new Tlang(framework, cache, awaitRuntime(context, errors));
        } catch (BundleException | InterruptedException e) {
            stopQuietly(framework, cache);
            throw new TlangException("the runtime did not start: " + rootMessage(e), e);
        } catch (TlangException e) {
            stopQuietly(framework, cache);
            throw e;
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
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
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

    private static void configureLogging(URL config) {
        if (SPIFLY_LOG.getLevel() == null) SPIFLY_LOG.setLevel(java.util.logging.Level.WARNING);
        if (config != null && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", config.toString());
        }
    }

    public TlangRuntime runtime() {
        return runtime;
    }

    /** The framework, for tools and tests that inspect bundles and services. */
    public Framework framework() {
        return framework;
    }

    /** Stops every bundle and the framework, and deletes the framework cache. */
    @Override
    public void close() {
        stopQuietly(framework, cache);
    }

    private static void stopQuietly(Framework framework, Path cache) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException | InterruptedException e) {
            // shutting down anyway; the cache is removed below
        }
        deleteTree(cache);
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
