/** I/O drivers: how files, sockets and child processes are opened for the std bundles. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.tlang.spi.io;
