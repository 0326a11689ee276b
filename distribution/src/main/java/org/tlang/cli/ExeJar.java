package org.tlang.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * {@code tlang build --exe}: one executable jar of a program, the runtime's executable jar (the
 * launcher's class path merged, the framework's bundles under {@code tlang/}) with the program's
 * sources and packages (with their modules compiled ahead of time) under {@code tlang/app/} and what to run in {@code tlang/app/exe.properties}
 * ({@link Exe} runs it). {@code java -jar APP.jar ARGS} then runs it with ARGS on any JDK 25.
 */
final class ExeJar {
    static final String APP = "tlang/app/";
    static final String PROPERTIES = APP + "exe.properties";

    private final Map<String, byte[]> services = new LinkedHashMap<>();
    private final Set<String> written = new HashSet<>();

    /**
     * The program's files: where each goes below {@code tlang/app/}, and the file it is now; and the
     * classes its packages that are not installed were compiled into ahead of time, by where they go.
     */
    record Program(Map<String, Path> files, Map<String, byte[]> compiled, String entry, boolean packages, List<String> allow) {}

    /** Where a profile given to {@code build --exe} goes below {@code tlang/app/}. */
    static final String PROFILE = "profile.toml";

    static void write(Path home, Program program, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(partial), manifest())) {
            new ExeJar().fill(jar, home, program);
        }
        Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Manifest manifest() {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        a.putValue("Enable-Native-Access", "ALL-UNNAMED");
        // the deterministic scheduler builds virtual threads on a carrier of its own (java.lang.ThreadBuilders)
        a.putValue("Add-Opens", "java.base/java.lang");
        a.put(Attributes.Name.IMPLEMENTATION_TITLE, "tlang");
        return m;
    }

    private void fill(JarOutputStream jar, Path home, Program program) throws IOException {
        List<Path> libs;
        try (Stream<Path> l = Files.list(home.resolve("lib"))) {
            libs = l.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        for (Path lib : libs) merge(jar, lib);
        for (Map.Entry<String, byte[]> s : services.entrySet()) put(jar, s.getKey(), s.getValue());
        // the manifests whose Export-Package the host gives the framework (HostPackages)
        put(jar, "tlang/api/META-INF/MANIFEST.MF", manifestOf(home.resolve("lib/tlang-api.jar")));
        put(jar, "tlang/slf4j/META-INF/MANIFEST.MF", manifestOf(home.resolve("lib/slf4j-api.jar")));
        for (String folder : List.of("platform", "bundles", "std", "profiles", "conf")) {
            Path dir = home.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path f : all.filter(Files::isRegularFile).sorted().toList()) put(jar, "tlang/" + home.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        put(jar, "tlang/index.txt", Files.readAllBytes(home.resolve("index.txt")));
        for (Map.Entry<String, Path> f : program.files().entrySet()) put(jar, APP + f.getKey(), Files.readAllBytes(f.getValue()));
        for (Map.Entry<String, byte[]> c : program.compiled().entrySet()) put(jar, APP + c.getKey(), c.getValue());
        Properties p = new Properties();
        p.setProperty("entry", program.entry());
        if (program.packages()) p.setProperty("packages", "packages");
        for (int i = 0; i < program.allow().size(); i++) p.setProperty("allow." + i, program.allow().get(i));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        p.store(b, "what `java -jar` of this jar runs (tlang build --exe)");
        put(jar, PROPERTIES, b.toByteArray());
    }

    /** A library's classes and resources; the first jar's copy of a file wins, as on a class path; service files are joined. */
    private void merge(JarOutputStream jar, Path lib) throws IOException {
        try (JarFile in = new JarFile(lib.toFile())) {
            for (JarEntry e : java.util.Collections.list(in.entries())) {
                String name = e.getName();
                if (e.isDirectory() || name.equals("META-INF/MANIFEST.MF") || name.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")) continue;
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (name.startsWith("META-INF/services/")) {
                    services.merge(name, bytes, (a, c) -> {
                        byte[] joined = new byte[a.length + 1 + c.length];
                        System.arraycopy(a, 0, joined, 0, a.length);
                        joined[a.length] = '\n';
                        System.arraycopy(c, 0, joined, a.length + 1, c.length);
                        return joined;
                    });
                } else {
                    put(jar, name, bytes);
                }
            }
        }
    }

    private static byte[] manifestOf(Path jar) throws IOException {
        try (JarFile in = new JarFile(jar.toFile())) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.getManifest().write(b);
            return b.toByteArray();
        }
    }

    private void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        if (!written.add(name)) return;
        jar.putNextEntry(new JarEntry(name));
        jar.write(bytes);
        jar.closeEntry();
    }

    /** Below {@code base}, with forward slashes. */
    static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

    /**
     * The program at {@code path}: a T file with the {@code .t} files below its folder (what its
     * imports can name), or a package with every package it uses. Path dependencies keep their
     * places beside it (below {@code src/}, relative to the folder they all share); installed ones
     * go below {@code packages/}, which the jar makes its packages folder.
     */
    static Program program(org.tlang.api.TlangRuntime runtime, Path path, List<String> allow, Path profile) throws IOException {
        Path abs = path.toAbsolutePath().normalize();
        Map<String, Path> files = new LinkedHashMap<>();
        if (profile != null) {
            if (!Files.isRegularFile(profile)) throw new IOException("no profile " + profile);
            files.put(PROFILE, profile.toAbsolutePath());
        }
        if (Files.isRegularFile(abs)) {
            Path dir = abs.getParent();
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path f : all.filter(x -> x.toString().endsWith(".t") && Files.isRegularFile(x)).sorted().toList()) files.put("src/" + relative(dir, f), f);
            }
            return new Program(files, Map.of(), "src/" + abs.getFileName(), false, allow);
        }
        List<org.tlang.api.PackageInfo> graph = runtime.describeGraph(abs, false);
        org.tlang.api.PackageInfo root = graph.getFirst();
        if (!root.ok()) throw new IOException(root.errors().getFirst().toString());
        Path installed = runtime.packagesFolder().toAbsolutePath().normalize();
        List<org.tlang.api.PackageInfo> local = graph.stream().filter(p -> !p.root().startsWith(installed)).toList();
        Path shared = local.getFirst().root();
        for (org.tlang.api.PackageInfo p : local) while (!p.root().startsWith(shared)) shared = shared.getParent();
        boolean packages = false;
        Map<String, byte[]> compiled = new LinkedHashMap<>();
        for (org.tlang.api.PackageInfo p : graph) {
            boolean there = p.root().startsWith(installed);
            packages |= there;
            String at = there ? "packages/" + relative(installed, p.root()) : "src/" + relative(shared, p.root());
            String prefix = at.endsWith("/") ? at : at + "/";
            for (Path source : p.sources()) files.put(prefix + source.toString().replace('\\', '/'), p.root().resolve(source));
            // its modules as classes compiled ahead of time: an installed package's came with it, the others' are compiled now
            Path aot = p.root().resolve("aot");
            if (there && Files.isDirectory(aot)) {
                try (Stream<Path> all = Files.walk(aot)) {
                    for (Path f : all.filter(Files::isRegularFile).sorted().toList()) files.put(prefix + relative(p.root(), f), f);
                }
            } else if (!there) {
                runtime.compileAhead(p.root(), false).files().forEach((file, bytes) -> compiled.put(prefix + file, bytes));
            }
        }
        String entry = "src/" + relative(shared, root.root());
        return new Program(files, compiled, entry.equals("src/") ? "src/." : entry, packages, allow);
    }
}
