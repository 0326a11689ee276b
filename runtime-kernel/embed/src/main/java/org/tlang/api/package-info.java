/**
 * The embedding API: what a Java program (the {@code tlang} launcher is one) sees of a running
 * tlang runtime. The host exports this package to the framework, and the kernel bundle registers
 * {@link org.tlang.api.TlangRuntime} as a service, so both sides share these types.
 */
package org.tlang.api;
