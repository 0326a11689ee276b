package org.tlang.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.tlang.api.CheckResult;
import org.tlang.api.PackageBuilder;
import org.tlang.api.PackageInfo;
import org.tlang.api.PackageRepository;
import org.tlang.api.Report;
import org.tlang.embed.Tlang;
import org.tlang.embed.TlangException;
import org.tlang.embed.Tree;

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

    /** Builds the package at {@code folder}, signs its jar with the publisher's key and adds it to {@code repository}. */
    static int publish(Tlang tlang, Path folder, String repository, String key) {
        PackageInfo pkg = buildable(tlang, folder, false);
        if (pkg == null) return ExitStatus.FAILED;
        try {
            Path store = TlangHome.keyStore(key);
            char[] password = TlangHome.password(store.getFileName().toString(), false);
            Path jar = jar(tlang, pkg);
            URI at = tlang.tool(REPOSITORY, PackageRepository.class).publish(jar, repository, store, password);
            System.err.println("published " + pkg.name() + " " + pkg.version() + " to " + repository + " (" + at + "), signed with " + store.getFileName());
            return ExitStatus.OK;
        } catch (IOException | TlangException e) {
            return failed("cannot publish " + pkg.name() + " " + pkg.version() + ": " + e.getMessage());
        }
    }

    /**
     * Resolves the dependencies of the package at {@code folder} that nothing installed satisfies
     * with the OSGi resolver against {@code repository}'s index, and theirs, fetches each version
     * chosen into the packages folder, then resolves the package again (writing {@code tlang.lock}).
     * When one fetch fails, the ones before it are removed: nothing is installed.
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
        List<Path> installed = new ArrayList<>();
        try {
            PackageRepository repo = tlang.tool(REPOSITORY, PackageRepository.class);
            List<PackageInfo.Requirement> plan = repo.resolve(pkg.name() + " " + pkg.version(), missing, repository);
            System.err.println("resolved " + plan.stream().map(r -> r.name() + " " + r.resolved()).collect(Collectors.joining(", ")) + " for " + pkg.name());
            for (PackageInfo.Requirement r : plan) {
                if (Files.isRegularFile(TlangHome.packages().resolve(r.name() + "-" + r.resolved()).resolve("t.toml"))) continue;
                PackageRepository.Fetched got = repo.fetch(r, repository, TlangHome.packages(), TlangHome.trust());
                installed.add(got.folder());
                System.err.println("installed " + got.name() + " " + got.version() + ", signed by " + got.publisher());
            }
        } catch (IOException | TlangException e) {
            for (Path p : installed) Tree.delete(p);
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
            Files.writeString(toml, ManifestEdit.addDependency(before, name, range));
        } catch (IllegalArgumentException | IOException | TlangException e) {
            return failed("cannot add " + name + " to " + toml + ": " + e.getMessage());
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
        for (String line : tlang.tool(REPOSITORY, PackageRepository.class).list(repository)) {
            if (line.startsWith(name + " ")) version = line.substring(name.length() + 1);   // listed lowest first
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
    static int trust(Path cert) {
        try {
            X509Certificate x509;
            try (var in = Files.newInputStream(cert)) {
                x509 = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            } catch (CertificateException e) {
                return failed(cert + " is not an X.509 certificate (a NAME.crt of tlang keys new): " + e.getMessage());
            }
            Path folder = TlangHome.trust();
            Files.createDirectories(folder);
            Path to = folder.resolve(cert.getFileName().toString().endsWith(".crt") ? cert.getFileName().toString() : cert.getFileName() + ".crt");
            Files.copy(cert, to, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("trusting " + x509.getSubjectX500Principal().getName() + ": " + to);
            return ExitStatus.OK;
        } catch (IOException e) {
            return failed("cannot trust " + cert + ": " + Unreadable.why(cert, e));
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
            tlang.tool(REPOSITORY, PackageRepository.class).list(repository).forEach(System.out::println);
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

    private static Path jar(Tlang tlang, PackageInfo pkg) throws IOException {
        return tlang.tool(AOT, PackageBuilder.class).build(pkg, pkg.root().resolve("target"));
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
