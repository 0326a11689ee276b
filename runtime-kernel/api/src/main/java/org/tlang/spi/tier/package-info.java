/** Execution tiers: what turns TIR functions into something that runs. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.4.0")
package org.tlang.spi.tier;
