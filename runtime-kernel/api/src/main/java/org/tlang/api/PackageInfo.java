package org.tlang.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A package as its {@code t.toml} says, read and resolved by {@link TlangRuntime#describePackage}:
 * what a tool that packages it (a bundle jar, a repository entry) needs to know.
 *
 * @param version      its semver version, as {@code t.toml} has it ({@code 1.0.0-beta.2})
 * @param bundleVersion the same as an OSGi version ({@code 1.0.0.beta_2}: the pre-release as the qualifier)
 * @param root         the folder holding its {@code t.toml}
 * @param dependencies each of its {@code [dependencies]}, with the version the resolver chose
 * @param capabilities its {@code [capabilities]}: each name ({@code net}, {@code fs.read}, ...) with the
 *                     addresses or path prefixes it is limited to, empty for all
 * @param sources      every file a bundle of it carries, relative to {@code root}: {@code t.toml},
 *                     {@code tlang.lock} if there is one, and the {@code .t} files below {@code src/}
 * @param errors       why it could not be read or resolved (each with file, line and column). When
 *                     {@code t.toml} itself could not be read the other fields are empty; when only
 *                     its dependencies did not resolve, they are kept, an unresolved one with
 *                     {@link Requirement#resolved} null
 */
public record PackageInfo(String name, String version, String bundleVersion, String description, Path root, List<Requirement> dependencies,
                          Map<String, List<String>> capabilities, List<Path> sources, List<Diagnostic> errors) {
    public PackageInfo {
        dependencies = List.copyOf(dependencies);
        capabilities = Map.copyOf(capabilities);
        sources = List.copyOf(sources);
        errors = List.copyOf(errors);
    }

    /** A package that could not be read: only its errors. */
    public static PackageInfo failed(Path root, List<Diagnostic> errors) {
        return new PackageInfo(null, null, null, null, root, List.of(), Map.of(), List.of(), errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * One dependency.
     *
     * @param range    as written in {@code t.toml} ({@code ^1.2})
     * @param filter   the range as an OSGi filter on the {@code tlang.package} namespace
     *                 ({@code (&(tlang.package=geo)(version>=1.2.0)(!(version>=2.0.0)))})
     * @param resolved the version chosen for it now, or null when none could be
     */
    public record Requirement(String name, String range, String filter, String resolved) {}
}
