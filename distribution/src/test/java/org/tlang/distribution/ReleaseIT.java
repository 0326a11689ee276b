package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release artefacts ({@code mvn install -Prelease -pl distribution}): the tarball runs hello
 * unpacked in a clean folder with no java on the PATH; the OCI image tar is a valid image layout
 * whose digests match, and its root filesystem runs its entry point.
 */
class ReleaseIT {
    private static final String HELLO = "Hello from T!\n";

    @TempDir
    Path temp;

    private static Path artefact(String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) fail("no " + property + " (" + path + "): build with -Prelease");
        return Path.of(path);
    }

    @Test
    void theTarballRunsHelloWithItsOwnRuntimeAndNoJavaOnThePath() throws Exception {
        Path tarball = artefact("tlang.release.tarball");
        Path unpacked = Files.createDirectories(temp.resolve("unpacked"));
        run(List.of("tar", "-xzf", tarball.toString(), "-C", unpacked.toString()), unpacked, Map.of("PATH", "/usr/bin:/bin"));
        List<Path> top;
        try (var list = Files.list(unpacked)) {
            top = list.toList();
        }
        assertEquals(1, top.size(), "one folder: " + top);
        Path home = top.getFirst();
        assertTrue(Files.readString(home.resolve("runtime/release")).contains("JAVA_VERSION=\"25"), "a JDK 25 runtime");
        assertFalse(Files.exists(home.resolve("runtime/bin/javac")), "a runtime, not a JDK");
        Path emptyPath = Files.createDirectories(temp.resolve("no-java-here"));
        Result r = run(List.of(home.resolve("bin/tlang").toString(), "run", home.resolve("examples/hello.t").toString()), temp,
                Map.of("PATH", emptyPath.toString(), "HOME", temp.toString()));
        assertEquals(0, r.status(), r.err());
        assertEquals(HELLO, r.out());
        assertEquals("", r.err());

        // unpacked elsewhere than where it was built, the release's AOT cache is used: the launcher's classes come from it
        Path loads = temp.resolve("class-load.log");
        Result logged = run(List.of(home.resolve("bin/tlang").toString(), "run", home.resolve("examples/hello.t").toString()), temp,
                Map.of("PATH", emptyPath.toString(), "HOME", temp.toString(), "TLANG_JAVA_OPTS", "-Xlog:class+load=info:file=" + loads));
        assertEquals(0, logged.status(), logged.err());
        String log = Files.readString(loads);
        assertTrue(log.contains("org.tlang.cli.Main source: shared objects file"), "org.tlang.cli.Main from the AOT cache:\n"
                + log.lines().filter(l -> l.contains("org.tlang.cli.Main ")).toList());
    }

    @Test
    void theImageIsAnOciLayoutWhoseDigestsMatch() throws Exception {
        Path layout = unpackImage();
        assertEquals(Map.of("imageLayoutVersion", "1.0.0"), Json.parse(Files.readString(layout.resolve("oci-layout"))));
        Map<?, ?> index = (Map<?, ?>) Json.parse(Files.readString(layout.resolve("index.json")));
        assertEquals(2L, ((Number) index.get("schemaVersion")).longValue());
        List<?> manifests = (List<?>) index.get("manifests");
        assertEquals(1, manifests.size());
        Map<?, ?> manifest = (Map<?, ?>) Json.parse(new String(blob(layout, (Map<?, ?>) manifests.getFirst(), "application/vnd.oci.image.manifest.v1+json"),
                StandardCharsets.UTF_8));
        Map<?, ?> config = (Map<?, ?>) Json.parse(new String(blob(layout, (Map<?, ?>) manifest.get("config"), "application/vnd.oci.image.config.v1+json"),
                StandardCharsets.UTF_8));
        List<?> layers = (List<?>) manifest.get("layers");
        assertEquals(1, layers.size());
        byte[] layer = blob(layout, (Map<?, ?>) layers.getFirst(), "application/vnd.oci.image.layer.v1.tar+gzip");
        byte[] layerTar;
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(layer))) {
            layerTar = in.readAllBytes();
        }
        Map<?, ?> rootfs = (Map<?, ?>) config.get("rootfs");
        assertEquals(List.of(sha256(layerTar)), rootfs.get("diff_ids"), "the diff id is the uncompressed layer's digest");
        assertEquals("linux", config.get("os"));
        assertEquals("amd64", config.get("architecture"));
        Map<?, ?> run = (Map<?, ?>) config.get("config");
        List<?> entrypoint = (List<?>) run.get("Entrypoint");
        assertEquals("/opt/tlang/runtime/bin/java", entrypoint.getFirst());
        assertEquals(List.of("org.tlang.cli.Main", "run"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        assertEquals(List.of("/app/hello.t"), run.get("Cmd"));
    }

    /**
     * What a container runtime does with the image, without one: its layer unpacked as a root
     * folder, /proc and /dev mounted, and its entry point run there (in a user and mount namespace
     * of its own, so nothing of this machine's changes). Nothing of the machine's libraries or JDK
     * is reachable from inside: what runs is what the image holds.
     */
    @Test
    void theImagesEntryPointRunsHelloOnItsOwnRootFilesystem() throws Exception {
        Assumptions.assumeTrue(run(List.of("unshare", "--mount", "--map-root-user", "true"), temp, Map.of("PATH", "/usr/bin:/bin")).status() == 0,
                "needs unshare with user namespaces to mount /proc in a chroot; no docker, podman or skopeo here either");
        Path layout = unpackImage();
        Map<?, ?> index = (Map<?, ?>) Json.parse(Files.readString(layout.resolve("index.json")));
        Map<?, ?> manifest = (Map<?, ?>) Json.parse(new String(blob(layout, (Map<?, ?>) ((List<?>) index.get("manifests")).getFirst(), null), StandardCharsets.UTF_8));
        Map<?, ?> config = (Map<?, ?>) Json.parse(new String(blob(layout, (Map<?, ?>) manifest.get("config"), null), StandardCharsets.UTF_8));
        Path rootfs = Files.createDirectories(temp.resolve("rootfs"));
        Path layer = layout.resolve("blobs/sha256/" + ((String) ((Map<?, ?>) ((List<?>) manifest.get("layers")).getFirst()).get("digest")).substring(7));
        run(List.of("tar", "-xzf", layer.toString(), "-C", rootfs.toString()), temp, Map.of("PATH", "/usr/bin:/bin"));
        Files.createDirectories(rootfs.resolve("proc"));
        Files.createDirectories(rootfs.resolve("dev"));
        Map<?, ?> run = (Map<?, ?>) config.get("config");
        List<String> command = new ArrayList<>();
        for (Object word : (List<?>) run.get("Entrypoint")) command.add("'" + word + "'");
        for (Object word : (List<?>) run.get("Cmd")) command.add("'" + word + "'");
        String script = "mount -t proc proc " + rootfs + "/proc && mount --rbind /dev " + rootfs + "/dev && exec chroot " + rootfs + " "
                + String.join(" ", command);
        Result r = run(List.of("unshare", "--mount", "--pid", "--fork", "--map-root-user", "sh", "-c", script), temp, Map.of("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"));
        assertEquals(0, r.status(), r.err());
        assertEquals(HELLO, r.out());
    }

    private Path unpackImage() throws Exception {
        Path image = artefact("tlang.release.image");
        Path layout = Files.createDirectories(temp.resolve("layout"));
        run(List.of("tar", "-xf", image.toString(), "-C", layout.toString()), layout, Map.of("PATH", "/usr/bin:/bin"));
        return layout;
    }

    /** The blob a descriptor names, checked against the descriptor's size, digest and (unless null) media type. */
    private static byte[] blob(Path layout, Map<?, ?> descriptor, String mediaType) throws Exception {
        if (mediaType != null) assertEquals(mediaType, descriptor.get("mediaType"));
        String digest = (String) descriptor.get("digest");
        assertTrue(digest.startsWith("sha256:"), digest);
        byte[] bytes = Files.readAllBytes(layout.resolve("blobs/sha256/" + digest.substring("sha256:".length())));
        assertEquals(((Number) descriptor.get("size")).longValue(), bytes.length, "size of " + digest);
        assertEquals(digest, sha256(bytes));
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    record Result(int status, String out, String err) {}

    /** Runs {@code command} in {@code dir} with exactly {@code env} as its environment; fails after two minutes. */
    private static Result run(List<String> command, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(new File("/dev/null"));
        builder.environment().clear();
        builder.environment().putAll(env);
        Process p = builder.start();
        Output out = new Output();
        Output err = new Output();
        Thread o = Thread.ofVirtual().start(() -> copy(p.getInputStream(), out));
        Thread e = Thread.ofVirtual().start(() -> copy(p.getErrorStream(), err));
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("did not end within 120 s: " + command);
        }
        o.join();
        e.join();
        return new Result(p.exitValue(), out.text(), err.text());
    }

    private static void copy(InputStream from, Output to) {
        try (from) {
            from.transferTo(to.stream);
        } catch (IOException x) {
            to.stream.print("<read failed: " + x + ">");
        }
    }
}
