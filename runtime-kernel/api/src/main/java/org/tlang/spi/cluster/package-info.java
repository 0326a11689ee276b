/**
 * A cluster of runtimes on several machines: membership, calls to one member, shared maps and
 * topics. The engine ({@code cluster-hazelcast}) moves bytes; {@code std.cluster} chooses the
 * serial form of T values and turns calls into module function references.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.tlang.spi.cluster;
