/**
 * The runtime's logging as the kernel and the admin channel see it: a profile's {@code [log]}
 * table ({@link org.tlang.spi.log.LogSettings}) and the host's logging backend that applies it
 * and changes levels live ({@link org.tlang.spi.log.LogControl}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tlang.spi.log;
