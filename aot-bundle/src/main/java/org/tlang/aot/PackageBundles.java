package org.tlang.aot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.EmbeddedResource;
import aQute.bnd.osgi.FileResource;
import aQute.bnd.osgi.Jar;
import org.osgi.service.component.annotations.Component;
import org.tlang.api.PackageBuilder;
import org.tlang.api.PackageInfo;

/**
 * A T package as an OSGi bundle jar, written by bnd: its sources under {@code tlang/} (for the
 * interpreter and for reload), and beside them what the JIT compiled ahead of time ({@code tlang/aot/}), {@code Bundle-Version} from {@code t.toml}, a {@code tlang.package}
 * capability and a requirement per dependency, a {@code tlang.capability} requirement per entry of
 * its {@code [capabilities]} (for the sandbox to grant: {@code effective:=meta}, so the framework
 * does not resolve against them).
 */
@Component(immediate = true)
public final class PackageBundles implements PackageBuilder {
    /** The namespace of the capability a package bundle provides and its dependencies require. */
    public static final String PACKAGE = "tlang.package";
    public static final String CAPABILITY = "tlang.capability";
    /** Where a bundle keeps the package's files. */
    public static final String SOURCES = "tlang/";

    @Override
    public Path build(PackageInfo pkg, Path folder) throws IOException {
        return build(pkg, folder, Map.of());
    }

    @Override
    public Path build(PackageInfo pkg, Path folder, Map<String, byte[]> files) throws IOException {
        if (!pkg.ok()) throw new IllegalArgumentException("package " + pkg.root() + " has errors");
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName(pkg));
        Path partial = folder.resolve(target.getFileName() + ".part");
        try (Builder builder = new Builder(); Jar jar = new Jar(pkg.name())) {
            for (Path source : pkg.sources()) {
                jar.putResource(SOURCES + slashed(source), new FileResource(pkg.root().resolve(source)));
            }
            files.forEach((path, bytes) -> jar.putResource(SOURCES + path, new EmbeddedResource(bytes, 0L)));
            builder.setJar(jar);
            headers(pkg).forEach(builder::setProperty);
            Jar built = builder.build();
            if (!builder.isOk()) throw new IOException("bnd refused the bundle of " + pkg.name() + ": " + String.join("; ", builder.getErrors()));
            built.write(partial.toFile());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("bnd could not write the bundle of " + pkg.name() + ": " + e.getMessage(), e);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** {@code geo-1.4.2.jar}. */
    public static String fileName(PackageInfo pkg) {
        return pkg.name() + "-" + pkg.version() + ".jar";
    }

    /** The bundle symbolic name of package {@code name}: {@code tlang.package.geo}. */
    public static String symbolicName(String name) {
        return PACKAGE + "." + name;
    }

    static Map<String, String> headers(PackageInfo pkg) {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        h.put(Constants.BUNDLE_SYMBOLICNAME, symbolicName(pkg.name()));
        h.put(Constants.BUNDLE_VERSION, pkg.bundleVersion());
        h.put(Constants.BUNDLE_NAME, pkg.name());
        if (pkg.description() != null) h.put(Constants.BUNDLE_DESCRIPTION, pkg.description());
        h.put(Constants.PROVIDE_CAPABILITY, PACKAGE + ";" + PACKAGE + "=\"" + pkg.name() + "\";version:Version=\"" + pkg.bundleVersion()
                + "\";semver=\"" + pkg.version() + "\"");
        List<String> requirements = new ArrayList<>();
        for (PackageInfo.Requirement r : pkg.dependencies()) {
            requirements.add(PACKAGE + ";filter:=\"" + r.filter() + "\";range=\"" + r.range().replace("\"", "") + "\"");
        }
        pkg.capabilities().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String limits = e.getValue().isEmpty() ? "" : ";limits:List<String>=\"" + e.getValue().stream()
                    .map(v -> v.replace("\\", "\\\\").replace(",", "\\,").replace("\"", "\\\"")).collect(Collectors.joining(",")) + "\"";
            requirements.add(CAPABILITY + ";filter:=\"(" + CAPABILITY + "=" + e.getKey() + ")\";effective:=meta" + limits);
        });
        if (!requirements.isEmpty()) h.put(Constants.REQUIRE_CAPABILITY, String.join(",", requirements));
        h.put(Constants.NOEXTRAHEADERS, "true");
        h.put(Constants.REPRODUCIBLE, "true");
        h.put(Constants.NOEE, "true");
        h.put(Constants.REMOVEHEADERS, Constants.PRIVATE_PACKAGE);
        return h;
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }
}
