package org.tlang.baseline;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.EmbeddedResource;
import aQute.bnd.osgi.Jar;

/**
 * A copy of the released API bundle with some sources replaced or added: they are compiled with
 * javac against the released API, their classes put over the released ones, and bnd's
 * {@link Builder} makes the bundle (its Export-Package from the package-info annotations, as in
 * the build). The sources to change are taken from src/main/java.
 */
final class ChangedApi {
    private ChangedApi() {}

    /**
     * Baselines the changed copy against the released API.
     *
     * @param sources source text by path under src/main/java, e.g. {@code org/tlang/spi/scheduler/Scheduler.java}
     */
    static List<Info> baseline(Path work, Map<String, String> sources) throws Exception {
        Path classes = compile(work, sources);
        try (Jar released = new Jar(ApiBaseline.RELEASED); Jar jar = new Jar(ApiBaseline.RELEASED); Builder builder = new Builder()) {
            Attributes manifest = jar.getManifest().getMainAttributes();
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, manifest.getValue(Constants.BUNDLE_SYMBOLICNAME));
            builder.setProperty(Constants.BUNDLE_VERSION, manifest.getValue(Constants.BUNDLE_VERSION));
            builder.setJar(jar);
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String path = classes.relativize(file).toString().replace(File.separatorChar, '/');
                    jar.putResource(path, new EmbeddedResource(Files.readAllBytes(file), 0));
                }
            }
            Jar bundle = builder.build();
            if (!builder.isOk()) throw new IllegalStateException("bnd: " + builder.getErrors());
            return ApiBaseline.compare(bundle, released);
        }
    }

    /** The API's source file at {@code path}, as it is now. */
    static String source(String path) throws IOException {
        return Files.readString(ApiBaseline.SOURCES.toPath().resolve(path));
    }

    private static Path compile(Path work, Map<String, String> sources) throws IOException {
        Path src = work.resolve("src");
        Path out = Files.createDirectories(work.resolve("classes"));
        List<File> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            files.add(file.toFile());
        }
        if (files.isEmpty()) return out;
        // the package-info annotations come from osgi.annotation, which the API bundle does not contain
        String annotations = new File(org.osgi.annotation.versioning.Version.class.getProtectionDomain()
                .getCodeSource().getLocation().getPath()).getPath();
        String classpath = ApiBaseline.RELEASED + File.pathSeparator + annotations;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            List<String> options = List.of("--release", "25", "-proc:none", "-implicit:none", "-d", out.toString(), "-cp", classpath);
            if (!javac.getTask(log, fm, null, options, null, fm.getJavaFileObjectsFromFiles(files)).call()) {
                throw new IllegalStateException("javac: " + log);
            }
        }
        return out;
    }
}
