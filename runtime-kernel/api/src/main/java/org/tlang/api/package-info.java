/**
 * The embedding API: what a Java program (the {@code tlang} launcher is one) sees of a running
 * tlang runtime. The host has the API bundle on its class path and exports its packages to the framework, and the kernel registers
 * {@link org.tlang.api.TlangRuntime} as a service, so both sides share these types.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.11.0")
package org.tlang.api;
