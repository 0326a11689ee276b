package org.tlang.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.tlang.api.CheckResult;
import org.tlang.api.PackageBuilder;
import org.tlang.api.PackageInfo;
import org.tlang.api.PackageRepository;
import org.tlang.api.Report;
import org.tlang.embed.Tlang;
import org.tlang.embed.TlangException;
import org.tlang.embed.Tree;

/**
 * The commands that make and move packages: {@code build}, {@code publish}, {@code install},
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
     * Fetches every dependency of the package at {@code folder} that does not resolve yet, and
     * theirs, from {@code repository} into the packages folder, then resolves it again (writing
     * {@code tlang.lock}). When one fetch fails, the ones before it are removed: nothing is installed.
     */
    static int install(Tlang tlang, Path folder, String repository, boolean locked) {
        PackageInfo pkg = tlang.runtime().describePackage(folder, locked);
        if (pkg.name() == null) {
            System.err.print(Report.listing(pkg.errors()));
            return ExitStatus.FAILED;
        }
        List<Path> installed = new ArrayList<>();
        try {
            PackageRepository repo = tlang.tool(REPOSITORY, PackageRepository.class);
            Deque<PackageInfo> todo = new ArrayDeque<>(List.of(pkg));
            Set<String> asked = new HashSet<>();
            while (!todo.isEmpty()) {
                for (PackageInfo.Requirement r : todo.removeFirst().dependencies()) {
                    if (r.resolved() != null || !asked.add(r.name() + " " + r.range())) continue;
                    PackageRepository.Fetched got = repo.fetch(r, repository, TlangHome.packages(), TlangHome.trust());
                    installed.add(got.folder());
                    System.err.println("installed " + got.name() + " " + got.version() + " (" + r.range() + "), signed by " + got.publisher());
                    todo.add(tlang.runtime().describePackage(got.folder(), false));
                }
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
        if (installed.isEmpty()) System.err.println("every dependency of " + pkg.name() + " is installed already");
        return ExitStatus.OK;
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
