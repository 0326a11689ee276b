package org.tlang.embed;

import org.tlang.api.TlangException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a runtime's bundles come from: an installed distribution ({@code platform/} and
 * {@code bundles/} folders under its home) or the executable jar that carries them as resources.
 */
public sealed interface BundleSet {

    static final String PLATFORM = "platform";
    static final String BUNDLES = "bundles";
    /** The std modules and the libraries only they use: started when a program first imports a module. */
    static final String STD = "std";

    List<BundleJar> jars();

    /** A URL of the logging configuration, or null. */
    URL loggingConfig();

    /** Where the framework's bundle cache of this set is saved between runs ({@link SavedCache}), or null for nowhere. */
    Path savedCacheRoot();

    /** A distribution laid out on disk: {@code home/platform/*.jar}, {@code home/bundles/*.jar}, {@code home/std/*.jar}, {@code home/conf/}. */
    static BundleSet directory(Path home) {
        return new Directory(home);
    }

    /** The bundles packed into the executable jar under {@code tlang/}, listed by {@code tlang/index.txt}. */
    static BundleSet classpath() {
        return new Classpath();
    }

    record Directory(Path home) implements BundleSet {
        @Override
        public List<BundleJar> jars() {
            List<BundleJar> jars = new ArrayList<>();
            addFolder(jars, home.resolve(PLATFORM), 1, false);
            addFolder(jars, home.resolve(BUNDLES), 2, false);
            if (Files.isDirectory(home.resolve(STD))) addFolder(jars, home.resolve(STD), 2, true);
            return jars;
        }

        private static void addFolder(List<BundleJar> jars, Path folder, int level, boolean onDemand) {
            if (!Files.isDirectory(folder)) {
                throw new TlangException("no " + folder.getFileName() + "/ folder in the distribution at " + folder.getParent());
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(f ->
                        jars.add(new BundleJar(f.getFileName().toString(), "reference:" + f.toUri(), level, onDemand, f, null)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** {@code home/cache/}: beside the jars it was made from, gone with them. */
        @Override
        public Path savedCacheRoot() {
            return home.resolve("cache");
        }

        @Override
        public URL loggingConfig() {
            Path conf = home.resolve("conf/logback.xml");
            try {
                return Files.exists(conf) ? conf.toUri().toURL() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record Classpath() implements BundleSet {
        @Override
        public List<BundleJar> jars() {
            String index;
            try (InputStream in = open("tlang/index.txt")) {
                index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<BundleJar> jars = new ArrayList<>();
            for (String line : index.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                String resource = "tlang/" + line;
                int level = line.startsWith(PLATFORM + "/") ? 1 : 2;
                jars.add(new BundleJar(line, "tlang:" + line, level, line.startsWith(STD + "/"), null, () -> open(resource)));
            }
            return jars;
        }

        private static InputStream open(String resource) throws IOException {
            InputStream in = Classpath.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) throw new TlangException("missing resource " + resource + " in the executable jar");
            return in;
        }

        /** None yet: the jar's bundles are copied into the framework cache on every run. */
        @Override
        public Path savedCacheRoot() {
            return null;
        }

        @Override
        public URL loggingConfig() {
            return Classpath.class.getClassLoader().getResource("tlang/conf/logback.xml");
        }
    }
}
