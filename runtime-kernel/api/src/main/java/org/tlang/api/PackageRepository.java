package org.tlang.api;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Package repositories: an OSGi R5 index ({@code index.xml}) beside the bundle jars that
 * {@link PackageBuilder} writes (T packages) and Java bundles (subsystems, say), in a plain folder
 * or served over HTTP; publishing into one
 * (signed, versions immutable) and fetching from one (checksum and signature checked against the
 * operator's trust folder). A repository is named by a folder path or an {@code http://} URL. A
 * service of the {@code repository} bundle. Every failure is an {@link IOException} whose message
 * names the jar, the package or the repository.
 */
public interface PackageRepository {
    /** A repository being served; closing it stops the server. */
    interface Registry extends AutoCloseable {
        /** Where it is served: {@code http://127.0.0.1:PORT/}. */
        URI uri();

        @Override
        void close();
    }

    /**
     * What {@link #fetch} installed: the version it chose, who signed it, and where it is.
     *
     * @param folder its sources, {@code PACKAGES/NAME-VERSION/}; null for a Java bundle
     * @param jar    the signed bundle jar they came from, checked, {@code PACKAGES/NAME-VERSION.jar}
     */
    record Fetched(String name, String version, String publisher, Path folder, Path jar) {}

    /** Serves the repository folder {@code dir} on loopback ({@code port} 0: any free port). */
    Registry serve(Path dir, int port) throws IOException;

    /**
     * Signs the bundle {@code jar} with the key in {@code keyStore} and adds it to
     * {@code repository}; refused when that version of the package is there already.
     *
     * @return where the signed jar now is
     */
    URI publish(Path jar, String repository, Path keyStore, char[] password) throws IOException;

    /**
     * Makes a publisher key {@code name}: {@code folder/NAME.p12} (the private key, for
     * {@link #publish}) and {@code folder/NAME.crt} (the certificate others trust).
     *
     * @return the certificate
     */
    Path newKey(String name, Path folder, char[] password) throws IOException;

    /**
     * Checks that every entry of {@code jar} is signed, unchanged since, by one publisher whose
     * certificate is in {@code trustFolder}.
     *
     * @return that publisher's name
     */
    String verify(Path jar, Path trustFolder) throws IOException;

    /**
     * Resolves the dependency graph of {@code requirer} ({@code app 0.1.0}), whose dependencies are
     * {@code wanted}, against {@code repository}'s index with the framework's OSGi resolver: the
     * highest version of each package that every range on it allows, one version per package.
     *
     * @return each package of the graph, pinned to the version chosen (range {@code =1.3.0},
     *         {@link PackageInfo.Requirement#resolved} that version), for {@link #fetch}
     * @throws IOException naming the package and range nothing satisfies, or the packages whose
     *                     ranges on one package no version satisfies together
     */
    List<PackageInfo.Requirement> resolve(String requirer, List<PackageInfo.Requirement> wanted, String repository) throws IOException;

    /**
     * Fetches the highest version of {@code requirement} that {@code repository} has and its
     * range allows, checks the jar against the index's checksum and {@code trustFolder}, and
     * unpacks its sources into {@code packagesFolder/NAME-VERSION/}. Nothing is written when a
     * check fails.
     */
    Fetched fetch(PackageInfo.Requirement requirement, String repository, Path packagesFolder, Path trustFolder) throws IOException;

    /**
     * Installs what {@code pkg} needs and nothing installed satisfies: its unresolved dependencies
     * ({@link PackageInfo.Requirement#resolved} null) and theirs, resolved as {@link #resolve} does
     * and each fetched as {@link #fetch} does, unless that version is in {@code packagesFolder}
     * already, each checked against {@link #trustFolder}. When one fails, those fetched before it are
     * removed: all or nothing.
     *
     * @return what was fetched, in the order of the resolution
     */
    List<Fetched> install(PackageInfo pkg, String repository, Path packagesFolder) throws IOException;

    /** The operator's trust folder: {@code $TLANG_TRUST}, or {@code ~/.tlang/trust}; what {@link #install} checks signers against. */
    Path trustFolder();

    /**
     * Trusts a publisher: copies their certificate {@code cert} (a {@code NAME.crt} of
     * {@link #newKey}) into {@link #trustFolder}.
     *
     * @return the publisher's name
     */
    String trust(Path cert) throws IOException;

    /**
     * One version in a repository.
     *
     * @param name    a T package's name, or a Java bundle's symbolic name
     * @param version its semver version (a bundle's: its {@code Bundle-Version})
     * @param bundle  true for a Java bundle, which provides no {@code tlang.package}
     */
    record Listing(String name, String version, boolean bundle) {}

    /** Every version in {@code repository}'s index, by name, lowest version first. */
    List<Listing> list(String repository) throws IOException;

    /**
     * Fetches the highest version of the Java bundle {@code requirement} names (its filter on
     * {@code osgi.identity}), checked as {@link #fetch} checks a package, into
     * {@code folder/NAME-VERSION.jar}; it is not unpacked.
     */
    Fetched fetchBundle(PackageInfo.Requirement requirement, String repository, Path folder) throws IOException;
}
