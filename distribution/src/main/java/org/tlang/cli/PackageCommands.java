package org.tlang.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.tlang.api.CheckResult;
import org.tlang.api.AheadOfTimeBuild;
import org.tlang.api.PackageBuilder;
import org.tlang.api.PackageInfo;
import org.tlang.api.PackageRepository;
import org.tlang.api.Report;
import org.tlang.embed.Tlang;
import org.tlang.api.TlangException;

/**
 * The commands that make and move packages: {@code build}, {@code publish}, {@code install}, {@code add},
 * {@code keys new}, {@code trust add}, {@code registry serve} and {@code registry list}. The work
 * is done by the {@code aot} and {@code repository} bundles, started on demand.
 */
final class PackageCommands {
    static final String AOT = "org.tlang.aot";
    static final String REPOSITORY = "org.tlang.repository";

    private PackageCommands() {}

    /** Checks the package at {@code folder} (every error, as {@code tlang check}), then writes its bundle under {@code folder/target}. */
    static int build(Tlang tlang, Path folder, boolean locked) {
        PackageInfo pkg = buildable(tlang, folder, locked);
        if (pkg == null) return ExitStatus.FAILED;
        try {
            Path jar = jar(tlang, pkg);
            System.err.println("built " + pkg.name() + " " + pkg.version() + ": " + relative(jar));
            return ExitStatus.OK;
        } catch (IOException | TlangException e) {
            return failed("cannot build " + pkg.name() + ": " + e.getMessage());
        }
    }

    /**
     * Builds the package at {@code folder}, signs its jar with the publisher's key and adds it to
     * {@code repository}; {@code folder} may be a bundle jar instead (a Java subsystem, say), published as it is.
     */
    static int publish(Tlang tlang, Path folder, String repository, String key) {
        boolean jarGiven = folder.toString().endsWith(".jar") && Files.isRegularFile(folder);
        PackageInfo pkg = jarGiven ? null : buildable(tlang, folder, false);
        if (!jarGiven && pkg == null) return ExitStatus.FAILED;
        String what = jarGiven ? folder.getFileName().toString() : pkg.name() + " " + pkg.version();
        try {
            Path store = TlangHome.keyStore(key);
            char[] password = TlangHome.password(store.getFileName().toString(), false);
            Path jar = jarGiven ? folder : jar(tlang, pkg);
            URI at = tlang.tool(REPOSITORY, PackageRepository.class).publish(jar, repository, store, password);
            System.err.println("published " + what + " to " + repository + " (" + at + "), signed with " + store.getFileName());
            return ExitStatus.OK;
        } catch (IOException | TlangException e) {
            return failed("cannot publish " + what + ": " + e.getMessage());
        }
    }

    /**
     * Installs the dependencies of the package at {@code folder} that nothing installed satisfies,
     * and theirs ({@link PackageRepository#install}: the OSGi resolver over the repository's index,
     * all or nothing), then resolves the package again, which writes {@code tlang.lock}.
     */
    static int install(Tlang tlang, Path folder, String repository, boolean locked) {
        PackageInfo pkg = tlang.runtime().describePackage(folder, locked);
        if (pkg.name() == null) {
            System.err.print(Report.listing(pkg.errors()));
            return ExitStatus.FAILED;
        }
        List<PackageInfo.Requirement> missing = pkg.dependencies().stream().filter(r -> r.resolved() == null).toList();
        if (missing.isEmpty()) {
            if (!pkg.ok()) {
                System.err.print(Report.listing(pkg.errors()));
                return ExitStatus.FAILED;
            }
            System.err.println("every dependency of " + pkg.name() + " is installed already");
            return ExitStatus.OK;
        }
        try {
            List<PackageRepository.Fetched> fetched = tlang.tool(REPOSITORY, PackageRepository.class).install(pkg, repository, tlang.runtime().packagesFolder());
            for (PackageRepository.Fetched got : fetched) System.err.println("installed " + got.name() + " " + got.version() + ", signed by " + got.publisher());
        } catch (IOException | TlangException e) {
            return failed("cannot install the dependencies of " + pkg.name() + ": " + e.getMessage());
        }
        PackageInfo resolved = tlang.runtime().describePackage(folder, locked);
        if (!resolved.ok()) {
            System.err.print(Report.listing(resolved.errors()));
            return ExitStatus.FAILED;
        }
        return ExitStatus.OK;
    }

    /**
     * Adds {@code NAME@RANGE} (or {@code NAME}: {@code ^} its highest version in {@code repository})
     * to the dependencies of the package at {@code folder} and installs what it needs; when that
     * fails, {@code t.toml} is as it was.
     */
    static int add(Tlang tlang, Path folder, String spec, String repository, boolean locked) {
        int at = spec.indexOf('@');
        String name = at < 0 ? spec : spec.substring(0, at);
        String range = at < 0 ? null : spec.substring(at + 1);
        Path toml = folder.resolve("t.toml");
        String before;
        try {
            before = Files.readString(toml);
        } catch (IOException e) {
            return failed("cannot read " + toml + ": " + Unreadable.why(toml, e));
        }
        try {
            if (range == null) range = "^" + highest(tlang, name, repository);
        } catch (IOException | TlangException e) {
            return failed("cannot add " + name + " to " + toml + ": " + e.getMessage());
        }
        PackageInfo added = tlang.runtime().addDependency(folder, name, range);
        if (added.name() == null) {
            System.err.print(Report.listing(added.errors()));
            return ExitStatus.FAILED;
        }
        int status = install(tlang, folder, repository, locked);
        try {
            if (status != ExitStatus.OK) {
                Files.writeString(toml, before);
                System.err.println(toml + " is as it was");
            } else {
                System.err.println("added " + name + " = \"" + range + "\" to " + toml);
            }
        } catch (IOException e) {
            return failed("cannot write " + toml + ": " + e.getMessage());
        }
        return status;
    }

    /** The highest version of {@code name} in {@code repository}. */
    private static String highest(Tlang tlang, String name, String repository) throws IOException {
        String version = null;
        for (PackageRepository.Listing l : tlang.tool(REPOSITORY, PackageRepository.class).list(repository)) {
            if (l.name().equals(name) && !l.bundle()) version = l.version();   // listed lowest first
        }
        if (version == null) throw new IOException(repository + " has no package " + name);
        return version;
    }

    /** Makes a publisher key NAME in {@code folder}: NAME.p12 to sign with, NAME.crt to give to those who install. */
    static int newKey(Tlang tlang, String name, Path folder) {
        try {
            char[] password = TlangHome.password("the new key " + name, true);
            Path cert = tlang.tool(REPOSITORY, PackageRepository.class).newKey(name, folder, password);
            System.out.println("made key " + name + ": " + folder.resolve(name + ".p12") + " (private: keep it), " + cert
                    + " (public: operators trust it with tlang trust add " + cert.getFileName() + ")");
            return ExitStatus.OK;
        } catch (IOException | TlangException e) {
            return failed("cannot make key " + name + ": " + e.getMessage());
        }
    }

    /** Copies a publisher's certificate into the trust folder: their jars install from then on. */
    static int trust(Tlang tlang, Path cert) {
        try {
            PackageRepository repo = tlang.tool(REPOSITORY, PackageRepository.class);
            String publisher = repo.trust(cert);
            System.out.println("trusting " + publisher + ": " + repo.trustFolder().resolve(cert.getFileName()));
            return ExitStatus.OK;
        } catch (IOException | TlangException e) {
            return failed("cannot trust " + cert + ": " + e.getMessage());
        }
    }

    /** Serves the repository folder {@code dir} until the process is stopped. */
    static int serve(Tlang tlang, Path dir, int port) {
        try (PackageRepository.Registry registry = tlang.tool(REPOSITORY, PackageRepository.class).serve(dir, port)) {
            System.out.println("serving " + dir + " at " + registry.uri());
            System.out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
            return ExitStatus.OK;
        } catch (IOException | TlangException e) {
            return failed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitStatus.OK;
        }
    }

    /** Lists what {@code repository} holds: NAME VERSION per line. */
    static int list(Tlang tlang, String repository) {
        try {
            for (PackageRepository.Listing l : tlang.tool(REPOSITORY, PackageRepository.class).list(repository)) {
                System.out.println(l.name() + " " + l.version() + (l.bundle() ? " (bundle)" : ""));
            }
            return ExitStatus.OK;
        } catch (IOException | TlangException e) {
            return failed(e.getMessage());
        }
    }

    /** The package at {@code folder} read, resolved and checked; null when it is not (and that is reported). */
    private static PackageInfo buildable(Tlang tlang, Path folder, boolean locked) {
        PackageInfo pkg = tlang.runtime().describePackage(folder, locked);
        if (!pkg.ok()) {
            System.err.print(Report.listing(pkg.errors()));
            return null;
        }
        CheckResult check = tlang.runtime().check(pkg.root().resolve("src"), locked);
        if (!check.ok()) {
            System.err.print(check.rendered());
            return null;
        }
        return pkg;
    }

    /**
     * The package's bundle jar, its modules compiled ahead of time by the tier of the profile (its
     * functions that tier leaves to the interpreter are listed; nothing is compiled when it is `interp`).
     */
    private static Path jar(Tlang tlang, PackageInfo pkg) throws IOException {
        AheadOfTimeBuild code = tlang.runtime().compileAhead(pkg.root(), false);
        if (code.none() != null) {
            System.err.println("compiled nothing ahead of time: " + code.none());
        } else {
            System.err.println("compiled " + code.compiled().size() + " function" + (code.compiled().size() == 1 ? "" : "s") + " ahead of time"
                    + (code.interpreted().isEmpty() ? "" : "; left to the interpreter: " + String.join("; ", code.interpreted())));
        }
        return tlang.tool(AOT, PackageBuilder.class).build(pkg, pkg.root().resolve("target"), code.files());
    }

    private static int failed(String message) {
        System.err.print(Report.error(message));
        return ExitStatus.FAILED;
    }

    private static Path relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file) : file;
    }
}
