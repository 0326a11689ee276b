/**
 * What std bundles that read and write (std.fs, std.net, std.process) share with std.io: the
 * {@code IoError} values and the {@link org.tlang.std.io.streams.Stream} behind a T
 * {@code Reader} or {@code Writer}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tlang.std.io.streams;
