/** Foreign function linkage for T's {@code extern} blocks. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.tlang.spi.ffi;
