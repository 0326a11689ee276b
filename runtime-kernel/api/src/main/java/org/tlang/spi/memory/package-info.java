/** Runtime-owned memory: off-heap buffers for I/O and FFI, and the policy that frees them. T objects are JVM objects that the JVM's collector reclaims; nothing here touches them. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.4.0")
package org.tlang.spi.memory;
