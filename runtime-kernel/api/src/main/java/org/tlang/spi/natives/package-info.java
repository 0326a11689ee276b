/** Standard library modules implemented in Java ({@code std.io}, {@code std.math}, ...). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.5.0")
package org.tlang.spi.natives;
