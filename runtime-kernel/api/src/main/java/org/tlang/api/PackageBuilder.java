package org.tlang.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the publishable form of a package: an OSGi bundle jar that carries its sources and says,
 * in its manifest, what it provides ({@code tlang.package}) and requires (its dependencies'
 * ranges, its capabilities). A service of the {@code aot} bundle.
 */
public interface PackageBuilder {
    /**
     * Writes {@code NAME-VERSION.jar} of {@code pkg} (which must be {@link PackageInfo#ok}) into
     * {@code folder}, replacing one that is there; its path.
     */
    Path build(PackageInfo pkg, Path folder) throws IOException;

    /**
     * {@link #build}, with {@code files} (by path in the package: what {@link AheadOfTimeBuild#files}
     * holds) in the jar beside the sources.
     */
    default Path build(PackageInfo pkg, Path folder, java.util.Map<String, byte[]> files) throws IOException {
        if (!files.isEmpty()) throw new UnsupportedOperationException("this builder cannot add compiled files");
        return build(pkg, folder);
    }
}
