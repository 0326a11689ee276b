/**
 * Programs running in the runtime, as the runtime's other bundles see them: each is a
 * {@link org.tlang.spi.program.RunningProgram} service while it runs, through which the hot-patch
 * bundle reloads, patches and rolls back its modules.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tlang.spi.program;
