/**
 * Packages: a folder with a {@code t.toml} ({@link org.tlang.packages.Manifest}), its semver
 * {@link org.tlang.packages.Semver versions} and dependency {@link org.tlang.packages.Range ranges},
 * the graph of packages a program uses ({@link org.tlang.packages.PackageGraph}, found by
 * {@link org.tlang.packages.Resolver}) and the {@code tlang.lock} that pins it ({@link org.tlang.packages.Lockfile}).
 */
package org.tlang.packages;
