package org.tlang.hotpatch.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;
import org.tlang.api.BoundSubsystem;
import org.tlang.api.PackageInfo;
import org.tlang.api.PackageRepository;
import org.tlang.api.Report;
import org.tlang.api.TlangRuntime;
import org.tlang.hotpatch.admin.AdminCommands.Answer;
import org.tlang.spi.program.RunningProgram;

/**
 * {@code tlang admin install NAME[@RANGE] --from REPOSITORY} and {@code tlang admin uninstall NAME}:
 * a dependency of the running program's package added (fetched, checked, its bundle installed into
 * this framework, nothing refreshed) or removed while it runs. A module reloaded afterwards imports
 * it: the program's package graph follows its {@code t.toml}. What fails leaves the program, its
 * {@code t.toml} and the framework as they were.
 */
final class PackageInstalls {
    static final String REPOSITORY_BUNDLE = "org.tlang.repository";
    static final String LOCATION = "tlang:package/";
    static final String BUNDLE_LOCATION = "tlang:bundle/";
    static final String SUBSYSTEM = "tlang.subsystem";

    private final BundleContext context;
    private final TlangRuntime runtime;

    PackageInstalls(BundleContext context, TlangRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
    }

    /** A T package as a dependency of the running program, or a Java bundle (a subsystem, say) started in this runtime. */
    Answer install(RunningProgram program, String spec, String repository) {
        int at = spec.indexOf('@');
        String name = at < 0 ? spec : spec.substring(0, at);
        PackageRepository repo;
        List<PackageRepository.Listing> versions;
        try {
            repo = repository();
            versions = repo.list(repository).stream().filter(l -> l.name().equals(name)).toList();
        } catch (IOException e) {
            return new Answer(1, Report.error("cannot install " + name + ": " + e.getMessage()) + "nothing changed\n");
        }
        if (!versions.isEmpty() && versions.stream().allMatch(PackageRepository.Listing::bundle)) {
            return installBundle(repo, name, at < 0 ? "*" : spec.substring(at + 1), repository);
        }
        Path root = packageRoot(program.mainFile());
        if (root == null) return notAPackage(program);
        Path toml = root.resolve("t.toml");
        String before;
        try {
            before = Files.readString(toml);
        } catch (IOException e) {
            return new Answer(1, Report.error("cannot read " + toml + ": " + e.getMessage()) + "nothing changed\n");
        }
        String range = at < 0 ? (versions.isEmpty() ? "*" : "^" + versions.getLast().version()) : spec.substring(at + 1);
        PackageInfo added = runtime.addDependency(root, name, range);
        if (added.name() == null) return new Answer(1, Report.listing(added.errors()) + "nothing changed\n");
        List<PackageRepository.Fetched> fetched;
        try {
            fetched = repo.install(added, repository, runtime.packagesFolder());
        } catch (IOException e) {
            restore(toml, before);
            return new Answer(1, Report.error("cannot install " + name + " " + range + ": " + e.getMessage()) + "nothing changed\n");
        }
        PackageInfo resolved = runtime.describePackage(root, false);
        if (!resolved.ok()) {
            restore(toml, before);
            return new Answer(1, Report.listing(resolved.errors()) + "nothing changed\n");
        }
        StringBuilder answer = new StringBuilder();
        for (PackageRepository.Fetched f : fetched) {
            try {
                bundle(f);
            } catch (IOException | BundleException e) {
                return new Answer(1, answer + Report.error("installed " + f.name() + " " + f.version() + " for T, but not as a bundle of this runtime: " + e.getMessage()));
            }
            answer.append("installed ").append(f.name()).append(' ').append(f.version()).append(", signed by ").append(f.publisher()).append('\n');
        }
        return new Answer(0, answer + "added " + name + " = \"" + range + "\" to " + toml + ": modules reloaded from now on can import it\n");
    }

    /** Fetches the Java bundle, checked as a package is, installs and starts it: nothing else is refreshed. */
    private Answer installBundle(PackageRepository repo, String name, String range, String repository) {
        String filter;
        try {
            filter = runtime.rangeFilter("osgi.identity", name, range);
        } catch (IllegalArgumentException e) {
            return new Answer(2, Report.error("'" + range + "' is not a version range: " + e.getMessage()));
        }
        PackageRepository.Fetched f;
        try {
            f = repo.fetchBundle(new PackageInfo.Requirement(name, range, filter, null), repository, runtime.packagesFolder());
        } catch (IOException e) {
            return new Answer(1, Report.error("cannot install " + name + ": " + e.getMessage()) + "nothing changed\n");
        }
        String location = BUNDLE_LOCATION + f.name() + "/" + f.version();
        if (context.getBundle(location) != null) return new Answer(0, "bundle " + f.name() + " " + f.version() + " is installed already\n");
        Bundle b = null;
        try (InputStream in = Files.newInputStream(f.jar())) {
            b = context.installBundle(location, in);
            b.start();
        } catch (IOException | BundleException e) {
            if (b != null) {
                try {
                    b.uninstall();
                } catch (BundleException ignored) {
                    // it did not start; what is left the framework discards at its next refresh
                }
            }
            return new Answer(1, Report.error("bundle " + f.name() + " " + f.version() + " does not start: " + e.getMessage()) + "nothing changed\n");
        }
        StringBuilder provides = new StringBuilder();
        for (BundleCapability c : b.adapt(BundleRevision.class).getDeclaredCapabilities(SUBSYSTEM)) {
            provides.append(", provides ").append(c.getAttributes().get("kind")).append(' ').append(c.getAttributes().get("name"))
                    .append(" (tlang admin swap ").append(c.getAttributes().get("kind")).append(' ').append(c.getAttributes().get("name")).append(')');
        }
        return new Answer(0, "installed bundle " + f.name() + " " + f.version() + ", signed by " + f.publisher() + ", started" + provides + "\n");
    }

    Answer uninstall(RunningProgram program, String name) {
        for (Bundle b : context.getBundles()) if (b.getLocation().startsWith(BUNDLE_LOCATION + name + "/")) return uninstallBundle(b);
        Path root = packageRoot(program.mainFile());
        if (root == null) return notAPackage(program);
        PackageInfo removed = runtime.removeDependency(root, name);
        if (removed.name() == null) return new Answer(1, Report.listing(removed.errors()) + "nothing changed\n");
        StringBuilder answer = new StringBuilder("removed " + name + " from " + root.resolve("t.toml") + "\n");
        for (Bundle b : context.getBundles()) {
            if (!b.getLocation().startsWith(LOCATION + name + "/")) continue;
            try {
                b.uninstall();
                answer.append("uninstalled bundle ").append(b.getSymbolicName()).append(' ').append(b.getVersion()).append('\n');
            } catch (BundleException e) {
                answer.append("bundle ").append(b.getSymbolicName()).append(" stays: ").append(e.getMessage()).append('\n');
            }
        }
        return new Answer(0, answer.toString());
    }

    /** Uninstalls a Java bundle installed by {@link #install}; refused while a subsystem it provides is bound. */
    private Answer uninstallBundle(Bundle b) {
        for (BundleCapability c : b.adapt(BundleRevision.class).getDeclaredCapabilities(SUBSYSTEM)) {
            for (BoundSubsystem bound : runtime.subsystems()) {
                if (bound.kind().equals(c.getAttributes().get("kind")) && bound.implementation().equals(c.getAttributes().get("name"))) {
                    return new Answer(1, Report.error(b.getSymbolicName() + " " + b.getVersion() + " is in use: it is the bound " + bound.kind() + " ("
                            + bound.implementation() + "); swap to another first") + "nothing changed\n");
                }
            }
        }
        try {
            b.uninstall();
        } catch (BundleException e) {
            return new Answer(1, Report.error("cannot uninstall " + b.getSymbolicName() + ": " + e.getMessage()));
        }
        return new Answer(0, "uninstalled bundle " + b.getSymbolicName() + " " + b.getVersion() + "\n");
    }

    /**
     * The package's jar, checked by the repository already, as a bundle of this framework:
     * installed (it has no classes: it resolves by itself, nothing else is refreshed), not started.
     */
    private void bundle(PackageRepository.Fetched f) throws IOException, BundleException {
        String location = LOCATION + f.name() + "/" + f.version();
        if (context.getBundle(location) != null) return;
        try (InputStream in = Files.newInputStream(f.jar())) {
            context.installBundle(location, in);
        }
    }

    /** The repository bundle's service, the bundle started for it when it is not yet. */
    private PackageRepository repository() throws IOException {
        Bundle bundle = null;
        for (Bundle b : context.getBundles()) if (REPOSITORY_BUNDLE.equals(b.getSymbolicName())) bundle = b;
        if (bundle == null) throw new IOException("bundle " + REPOSITORY_BUNDLE + " is not in this runtime");
        ServiceTracker<PackageRepository, PackageRepository> tracker = new ServiceTracker<>(context, PackageRepository.class, null);
        tracker.open();
        try {
            bundle.start(Bundle.START_TRANSIENT);
            PackageRepository repo = tracker.waitForService(10_000);
            if (repo == null) throw new IOException(REPOSITORY_BUNDLE + " registered no repository service within 10 s");
            return repo;
        } catch (BundleException e) {
            throw new IOException(REPOSITORY_BUNDLE + " does not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + REPOSITORY_BUNDLE + " started");
        } finally {
            tracker.close();
        }
    }

    /** The folder with the {@code t.toml} whose {@code src/} holds {@code main}, or null. */
    static Path packageRoot(Path main) {
        for (Path dir = main.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("t.toml"))) return main.toAbsolutePath().startsWith(dir.resolve("src")) ? dir : null;
        }
        return null;
    }

    private static Answer notAPackage(RunningProgram program) {
        return new Answer(1, Report.error("the running program " + program.mainFile() + " is not in a package (no t.toml above its src/): it has no dependencies to change"));
    }

    private static void restore(Path toml, String text) {
        try {
            Files.writeString(toml, text);
        } catch (IOException e) {
            // the error that made it necessary is the one reported
        }
    }
}
