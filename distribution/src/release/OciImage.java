import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes an OCI image layout as one tar ({@code oci-layout}, {@code index.json}, {@code blobs/sha256/...})
 * with the JDK alone: no registry, no daemon, no base image. Its one layer holds a release folder
 * (the distribution with its jlinked runtime) at {@code /opt/tlang}, the C libraries that runtime
 * links to (found with {@code ldd}, so it runs on an empty root; headless: not those of a display), a T program at {@code /app}, and
 * {@code /tmp}; its entry point runs {@code tlang run} on that program.
 *
 * <pre>java OciImage.java RELEASE_DIR PROGRAM.t VERSION OUT.tar</pre>
 *
 * Every entry has time 0, owner 0 and its folder's order sorted, so the same input gives the same
 * image, byte for byte.
 */
public final class OciImage {
    static final String HOME = "opt/tlang";
    /** java.desktop's libraries for a display and sound (X11, ALSA): a server image runs headless without them. */
    private static final Set<String> DISPLAY = Set.of("libawt_xawt.so", "libjawt.so", "libjsound.so", "libsplashscreen.so");
    private static final Pattern LDD = Pattern.compile("(?:\\S+ => )?(/\\S+) \\(0x[0-9a-f]+\\)");

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java OciImage.java RELEASE_DIR PROGRAM.t VERSION OUT.tar");
            System.exit(2);
        }
        Path release = Path.of(args[0]);
        Path program = Path.of(args[1]);
        String version = args[2];
        Path out = Path.of(args[3]);

        Tar.Tree root = new Tar.Tree();
        root.dir("tmp", 01777);
        root.dir("root", 0700);
        root.file("etc/passwd", "root:x:0:0:root:/root:/bin/false\n".getBytes(StandardCharsets.UTF_8), 0644);
        root.tree(HOME, release);
        for (Path lib : sharedLibraries(release.resolve("runtime"))) root.file(lib.toString().substring(1), Files.readAllBytes(lib.toRealPath()), 0755);
        root.file("app/" + program.getFileName(), Files.readAllBytes(program), 0644);

        byte[] layerTar = Tar.write(root);
        byte[] layer = gzip(layerTar);
        List<String> entrypoint = List.of("/" + HOME + "/runtime/bin/java", "--sun-misc-unsafe-memory-access=allow",
                "--enable-native-access=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Dtlang.home=/" + HOME,
                "-cp", "/" + HOME + "/lib/*", "org.tlang.cli.Main", "run");
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Entrypoint\":" + array(entrypoint)
                + ",\"Cmd\":" + array(List.of("/app/" + program.getFileName())) + ",\"Env\":" + array(List.of("PATH=/" + HOME + "/bin", "HOME=/root"))
                + ",\"WorkingDir\":\"/app\"},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + digest(layerTar) + "\"]},"
                + "\"history\":[{\"created_by\":\"tlang " + version + " (distribution/src/release/OciImage.java)\"}]}";
        byte[] configBytes = config.getBytes(StandardCharsets.UTF_8);
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":" + descriptor("application/vnd.oci.image.config.v1+json", configBytes, "") + ","
                + "\"layers\":[" + descriptor("application/vnd.oci.image.layer.v1.tar+gzip", layer, "") + "]}";
        byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
        String index = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":["
                + descriptor("application/vnd.oci.image.manifest.v1+json", manifestBytes,
                ",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"},\"annotations\":{\"org.opencontainers.image.ref.name\":\"" + version + "\"}")
                + "]}";

        Tar.Tree image = new Tar.Tree();
        image.file("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8), 0644);
        image.file("index.json", index.getBytes(StandardCharsets.UTF_8), 0644);
        for (byte[] blob : List.of(layer, configBytes, manifestBytes)) image.file("blobs/sha256/" + digest(blob).substring("sha256:".length()), blob, 0644);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, Tar.write(image));
        System.out.println("OCI image " + out + ": " + out.toFile().length() / (1024 * 1024) + " MiB, layer " + digest(layer));
    }

    /** The C libraries the runtime's launcher and native libraries load, as ldd finds them here. */
    static Set<Path> sharedLibraries(Path runtime) throws IOException, InterruptedException {
        List<Path> binaries = new ArrayList<>();
        binaries.add(runtime.resolve("bin/java"));
        try (Stream<Path> files = Files.walk(runtime.resolve("lib"))) {
            files.filter(f -> f.toString().endsWith(".so") && !DISPLAY.contains(f.getFileName().toString())).sorted().forEach(binaries::add);
        }
        Set<Path> libraries = new java.util.TreeSet<>();
        for (Path binary : binaries) {
            Process ldd = new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true).start();
            String text = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ldd.waitFor();
            for (String line : text.lines().toList()) {
                Matcher m = LDD.matcher(line.strip());
                if (!m.matches()) continue;
                Path lib = Path.of(m.group(1));
                if (!lib.startsWith(runtime.toAbsolutePath())) libraries.add(lib);
            }
        }
        if (libraries.stream().noneMatch(l -> l.getFileName().toString().startsWith("libc.so"))) {
            throw new IOException("ldd found no libc for " + runtime + ": is it a glibc system?");
        }
        return libraries;
    }

    private static String descriptor(String mediaType, byte[] blob, String more) throws NoSuchAlgorithmException {
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + digest(blob) + "\",\"size\":" + blob.length + more + "}";
    }

    private static String array(List<String> items) {
        return "[" + String.join(",", items.stream().map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList()) + "]";
    }

    static String digest(byte[] bytes) throws NoSuchAlgorithmException {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** A ustar archive writer: regular files and folders, names split into prefix and name as ustar allows. */
    static final class Tar {
        /** Entries by path: content, or null for a folder, with their mode. */
        static final class Tree {
            final Map<String, byte[]> content = new TreeMap<>();
            final Map<String, Integer> modes = new TreeMap<>();

            void dir(String path, int mode) {
                String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : null;
                if (parent != null && !modes.containsKey(parent)) dir(parent, 0755);
                modes.put(path, mode);
            }

            void file(String path, byte[] bytes, int mode) {
                if (path.contains("/")) {
                    String parent = path.substring(0, path.lastIndexOf('/'));
                    if (!modes.containsKey(parent)) dir(parent, 0755);
                }
                content.put(path, bytes);
                modes.put(path, mode);
            }

            /** {@code from}'s files under {@code at}, executable ones 0755, others 0644. */
            void tree(String at, Path from) throws IOException {
                dir(at, 0755);
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path f : files.sorted().toList()) {
                        if (f.equals(from)) continue;
                        String path = at + "/" + from.relativize(f).toString().replace('\\', '/');
                        if (Files.isDirectory(f)) {
                            dir(path, 0755);
                        } else {
                            boolean exec = Files.getPosixFilePermissions(f).contains(PosixFilePermission.OWNER_EXECUTE);
                            file(path, Files.readAllBytes(f), exec ? 0755 : 0644);
                        }
                    }
                }
            }
        }

        static byte[] write(Tree tree) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Map.Entry<String, Integer> e : tree.modes.entrySet()) {
                byte[] bytes = tree.content.get(e.getKey());
                boolean dir = bytes == null;
                header(out, dir ? e.getKey() + "/" : e.getKey(), e.getValue(), dir ? 0 : bytes.length, dir ? '5' : '0');
                if (!dir) {
                    out.write(bytes);
                    out.write(new byte[(512 - bytes.length % 512) % 512]);
                }
            }
            out.write(new byte[1024]);
            return out.toByteArray();
        }

        private static void header(OutputStream out, String path, int mode, long size, char type) throws IOException {
            byte[] h = new byte[512];
            String name = path, prefix = "";
            if (name.getBytes(StandardCharsets.UTF_8).length > 100) {
                int cut = path.lastIndexOf('/', path.endsWith("/") ? path.length() - 2 : path.length() - 1);
                while (cut > 0 && (cut > 155 || path.length() - cut - 1 > 100)) cut = path.lastIndexOf('/', cut - 1);
                if (cut <= 0) throw new IOException("a path too long for a ustar archive: " + path);
                prefix = path.substring(0, cut);
                name = path.substring(cut + 1);
            }
            put(h, 0, 100, name);
            put(h, 100, 8, octal(mode, 7));
            put(h, 108, 8, octal(0, 7));
            put(h, 116, 8, octal(0, 7));
            put(h, 124, 12, octal(size, 11));
            put(h, 136, 12, octal(0, 11));
            for (int i = 148; i < 156; i++) h[i] = ' ';
            h[156] = (byte) type;
            put(h, 257, 6, "ustar");
            put(h, 263, 2, "00");
            put(h, 345, 155, prefix);
            long sum = 0;
            for (byte b : h) sum += b & 0xff;
            put(h, 148, 8, octal(sum, 6) + "\0 ");
            out.write(h);
        }

        private static String octal(long value, int digits) {
            String s = Long.toOctalString(value);
            return "0".repeat(Math.max(0, digits - s.length())) + s;
        }

        private static void put(byte[] h, int at, int length, String text) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(b, 0, h, at, Math.min(b.length, length));
        }
    }
}
