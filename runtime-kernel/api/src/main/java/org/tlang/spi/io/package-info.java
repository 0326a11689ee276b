/** I/O drivers: how files and sockets are opened for the std bundles. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tlang.spi.io;
