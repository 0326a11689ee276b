package org.tlang.repository;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.resolver.Resolver;
import org.tlang.api.PackageInfo;
import org.tlang.api.PackageRepository;

/**
 * Package repositories, a folder or an {@code http://} registry alike: publishing signs and adds,
 * fetching reads the index, picks the highest version a range allows, and checks the jar's
 * checksum and signature before its sources are unpacked.
 */
@Component(service = PackageRepository.class, immediate = true)
public final class Repositories implements PackageRepository {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Resolver resolver;

    /** @param resolver the framework's own OSGi resolver (Felix registers it) */
    @Activate
    public Repositories(@Reference Resolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Registry serve(Path dir, int port) throws IOException {
        return RegistryServer.start(dir, port);
    }

    @Override
    public URI publish(Path jar, String repository, Path keyStore, char[] password) throws IOException {
        PackageJar pkg = PackageJar.read(jar);
        Path work = Files.createTempDirectory("tlang-publish");
        try {
            Path signed = work.resolve(jar.getFileName());
            JarSigning.sign(jar, signed, PublisherKeys.read(keyStore, password));
            if (!isHttp(repository)) return new RepositoryFolder(Path.of(repository)).add(signed).toUri();
            URI target = base(repository).resolve(pkg.path());
            HttpResponse<String> answer = send(HttpRequest.newBuilder(target).PUT(HttpRequest.BodyPublishers.ofFile(signed))
                    .header("Content-Type", "application/java-archive").expectContinue(true), repository);
            if (answer.statusCode() != 201) {
                throw new IOException(repository + " refused " + pkg.name() + " " + pkg.version() + " (" + answer.statusCode() + "): " + answer.body().strip());
            }
            return target;
        } finally {
            Tree.delete(work);
        }
    }

    @Override
    public Path newKey(String name, Path folder, char[] password) throws IOException {
        return PublisherKeys.create(name, folder, password);
    }

    @Override
    public String verify(Path jar, Path trustFolder) throws IOException {
        return SignedJars.verify(jar, trustFolder);
    }

    @Override
    public List<PackageInfo.Requirement> resolve(String requirer, List<PackageInfo.Requirement> wanted, String repository) throws IOException {
        return resolve(requirer, wanted, index(repository), repository);
    }

    private List<PackageInfo.Requirement> resolve(String requirer, List<PackageInfo.Requirement> wanted, RepositoryIndex index, String repository)
            throws IOException {
        return new GraphResolution(resolver, index, repository).resolve(requirer, wanted).values().stream()
                .map(e -> new PackageInfo.Requirement(e.name(), "=" + e.semver(),
                        "(&(" + PackageJar.NAMESPACE + "=" + e.name() + ")(version=" + e.version() + "))", e.semver()))
                .toList();
    }

    @Override
    public Fetched fetch(PackageInfo.Requirement requirement, String repository, Path packagesFolder, Path trustFolder) throws IOException {
        return fetch(requirement, index(repository), repository, packagesFolder, trustFolder);
    }

    private Fetched fetch(PackageInfo.Requirement requirement, RepositoryIndex index, String repository, Path packagesFolder, Path trustFolder)
            throws IOException {
        Fetched jar = fetchJar(requirement, false, index, repository, packagesFolder, trustFolder);
        Path folder = packagesFolder.resolve(jar.name() + "-" + jar.version());
        try {
            PackageJar.unpack(jar.jar(), folder);
        } catch (IOException e) {
            Files.deleteIfExists(jar.jar());
            throw e;
        }
        return new Fetched(jar.name(), jar.version(), jar.publisher(), folder, jar.jar());
    }

    @Override
    public Fetched fetchBundle(PackageInfo.Requirement requirement, String repository, Path folder) throws IOException {
        return fetchJar(requirement, true, index(repository), repository, folder, trustFolder());
    }

    /**
     * The highest version of {@code requirement} in {@code index} (a Java bundle's, or a package's),
     * downloaded and {@link #checked} into {@code folder/NAME-VERSION.jar}; no folder yet.
     */
    private Fetched fetchJar(PackageInfo.Requirement requirement, boolean bundle, RepositoryIndex index, String repository, Path folder,
                             Path trustFolder) throws IOException {
        RepositoryIndex.Entry entry = index.best(requirement.filter());
        if (entry == null || entry.bundle() != bundle) {
            List<String> has = index.versions(requirement.name());
            throw new IOException("no version of " + (bundle ? "bundle " : "") + requirement.name() + " in " + repository + " is in the range "
                    + requirement.range() + (has.isEmpty() ? " (it has no " + requirement.name() + " at all)" : " (it has " + String.join(", ", has) + ")"));
        }
        Path work = Files.createTempDirectory("tlang-fetch");
        try {
            Path jar = work.resolve(entry.name() + "-" + entry.semver() + ".jar");
            String publisher = checked(entry, repository, trustFolder, jar);
            Files.createDirectories(folder);
            Path kept = folder.resolve(jar.getFileName());
            Files.copy(jar, kept, StandardCopyOption.REPLACE_EXISTING);
            return new Fetched(entry.name(), entry.semver(), publisher, null, kept);
        } finally {
            Tree.delete(work);
        }
    }

    /**
     * Downloads {@code entry}'s jar to {@code jar} and checks it: the index's checksum, every entry
     * signed and unchanged, by a publisher in {@code trustFolder}, and what it says it is.
     *
     * @return the publisher
     */
    private String checked(RepositoryIndex.Entry entry, String repository, Path trustFolder, Path jar) throws IOException {
        download(entry.url(), jar, repository);
        String sha256 = sha256(jar);
        if (!sha256.equals(entry.sha256())) {
            throw new IOException(jar.getFileName() + " from " + repository + " is not the one its index lists (sha256 " + sha256 + ", the index says "
                    + entry.sha256() + "): truncated or tampered; nothing was installed");
        }
        String publisher = SignedJars.verify(jar, trustFolder);
        PackageJar pkg = PackageJar.read(jar);
        if (!pkg.name().equals(entry.name()) || !pkg.version().equals(entry.semver())) {
            throw new IOException(jar.getFileName() + " is " + pkg.name() + " " + pkg.version() + ", not what the index of " + repository + " says");
        }
        return publisher;
    }

    @Override
    public List<Fetched> install(PackageInfo pkg, String repository, Path packagesFolder) throws IOException {
        List<PackageInfo.Requirement> missing = pkg.dependencies().stream().filter(r -> r.resolved() == null).toList();
        if (missing.isEmpty()) return List.of();
        RepositoryIndex index = index(repository);   // read once: for the resolution and for every jar
        List<Fetched> fetched = new java.util.ArrayList<>();
        try {
            for (PackageInfo.Requirement r : resolve(pkg.name() + " " + pkg.version(), missing, index, repository)) {
                if (Files.isRegularFile(packagesFolder.resolve(r.name() + "-" + r.resolved()).resolve("t.toml"))) continue;
                fetched.add(fetch(r, index, repository, packagesFolder, trustFolder()));
            }
        } catch (IOException e) {
            for (Fetched f : fetched) {
                Tree.delete(f.folder());
                Files.deleteIfExists(f.jar());
            }
            throw e;
        }
        return fetched;
    }

    @Override
    public Path trustFolder() {
        String env = System.getenv("TLANG_TRUST");
        return env != null && !env.isEmpty() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".tlang", "trust");
    }

    @Override
    public String trust(Path cert) throws IOException {
        String publisher = SignedJars.publisher(SignedJars.certificate(cert));
        Path folder = Files.createDirectories(trustFolder());
        String name = cert.getFileName().toString();
        Files.copy(cert, folder.resolve(name.endsWith(".crt") ? name : name + ".crt"), StandardCopyOption.REPLACE_EXISTING);
        return publisher;
    }

    @Override
    public List<Listing> list(String repository) throws IOException {
        return index(repository).entries().stream().map(e -> new Listing(e.name(), e.semver(), e.bundle())).toList();
    }

    private RepositoryIndex index(String repository) throws IOException {
        if (isHttp(repository)) {
            URI uri = base(repository).resolve(RepositoryFolder.INDEX);
            HttpResponse<InputStream> answer = sendForStream(HttpRequest.newBuilder(uri).GET(), repository);
            if (answer.statusCode() != 200) {
                answer.body().close();
                throw new IOException(repository + " answered " + answer.statusCode() + " for " + RepositoryFolder.INDEX + ": not a package repository");
            }
            try (InputStream in = answer.body()) {
                return RepositoryIndex.parse(in, base(repository), repository);
            }
        }
        Path dir = Path.of(repository).toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(dir.resolve(RepositoryFolder.INDEX))) {
            return RepositoryIndex.parse(in, dir.toUri(), repository);
        } catch (NoSuchFileException e) {
            throw new IOException(Files.isDirectory(dir) ? repository + " has no " + RepositoryFolder.INDEX + ": not a package repository"
                    : "no repository " + repository + ": there is no such folder");
        }
    }

    private void download(URI url, Path to, String repository) throws IOException {
        if ("file".equals(url.getScheme())) {
            try {
                Files.copy(Path.of(url), to);
            } catch (NoSuchFileException e) {
                throw new IOException(repository + " lists " + url + " in its index, but that file is missing");
            }
            return;
        }
        HttpResponse<InputStream> answer = sendForStream(HttpRequest.newBuilder(url).GET(), repository);
        try (InputStream in = answer.body()) {
            if (answer.statusCode() != 200) throw new IOException(repository + " answered " + answer.statusCode() + " for " + url);
            Files.copy(in, to);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String repository) throws IOException {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to " + repository);
        } catch (IOException e) {
            throw down(repository, e);
        }
    }

    private HttpResponse<InputStream> sendForStream(HttpRequest.Builder request, String repository) throws IOException {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while talking to " + repository);
        } catch (IOException e) {
            throw down(repository, e);
        }
    }

    private static IOException down(String repository, IOException e) {
        if (e instanceof ConnectException) return new IOException("repository " + repository + " is down: nothing accepts connections there", e);
        if (e instanceof HttpTimeoutException) return new IOException("repository " + repository + " did not answer within " + TIMEOUT.toSeconds() + " s", e);
        return new IOException("repository " + repository + " failed: " + e, e);
    }

    private static boolean isHttp(String repository) {
        return repository.startsWith("http://") || repository.startsWith("https://");
    }

    private static URI base(String repository) {
        return URI.create(repository.endsWith("/") ? repository : repository + "/");
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
