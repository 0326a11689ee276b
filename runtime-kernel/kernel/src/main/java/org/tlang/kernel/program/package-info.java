/** Programs running in the kernel, as seen by other runtime bundles (the hot-patch watcher). */
package org.tlang.kernel.program;
