package org.tlang.jit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Which build of the code generator made a class: a digest of this bundle's classes and of the
 * runtime classes generated code calls ({@code org.tlang.runtime}). A class compiled ahead of time
 * by another build is not loaded (it could call a helper that changed); the function is compiled
 * again instead. Computed once, when the first such class is looked at.
 */
final class GeneratorId {
    private static volatile String id;

    private GeneratorId() {}

    static String get() {
        String now = id;
        if (now == null) {
            MessageDigest md = sha256();
            digest(md, JitCompiler.class, "org/tlang/jit");
            digest(md, org.tlang.runtime.JvmTypes.class, "org/tlang/runtime");
            id = now = HexFormat.of().formatHex(md.digest(), 0, 16);
        }
        return now;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class files below {@code folder} of the bundle (or jar, or classes folder) holding {@code anchor}, in name order. */
    private static void digest(MessageDigest md, Class<?> anchor, String folder) {
        try {
            for (Map.Entry<String, byte[]> e : classes(anchor, folder).entrySet()) {
                md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> classes(Class<?> anchor, String folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle != null) {
            List<URL> urls = Collections.list(java.util.Objects.requireNonNullElse(bundle.findEntries(folder, "*.class", true),
                    Collections.emptyEnumeration()));
            for (URL url : urls) {
                try (InputStream in = url.openStream()) {
                    out.put(url.getPath(), in.readAllBytes());
                }
            }
            return out;
        }
        // outside a framework (unit tests): the classes folder or jar on the class path
        Path where;
        try {
            where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (Files.isDirectory(where)) {
            List<Path> files = new ArrayList<>();
            try (var walk = Files.walk(where.resolve(folder))) {
                walk.filter(p -> p.toString().endsWith(".class")).forEach(files::add);
            }
            for (Path f : files) out.put(where.relativize(f).toString(), Files.readAllBytes(f));
        } else {
            try (JarFile jar = new JarFile(where.toFile())) {
                for (JarEntry e : Collections.list(jar.entries())) {
                    if (e.getName().startsWith(folder + "/") && e.getName().endsWith(".class")) {
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        return out;
    }
}
