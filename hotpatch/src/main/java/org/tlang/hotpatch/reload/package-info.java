/**
 * Reload policy: what makes a new version of a running program's modules acceptable, and what
 * becomes of their state. A {@link org.tlang.hotpatch.reload.Reloader} per program runs reload,
 * patch and rollback transactions over the kernel's {@link org.tlang.spi.program.ModuleSwitch}
 * (which compiles, links and switches) and keeps the program's history for rollback.
 */
package org.tlang.hotpatch.reload;
