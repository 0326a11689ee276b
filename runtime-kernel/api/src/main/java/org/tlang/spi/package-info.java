/**
 * The service provider interfaces of the tlang runtime: one package per subsystem kind.
 *
 * <p>An implementation is a Declarative Services component in its own bundle. The bundle declares
 * {@code Provide-Capability: tlang.subsystem; kind=<kind>; name=<name>; version:Version=<v>} and the
 * component registers the SPI interface of its kind as a service. A profile names a kind and a
 * name; the kernel finds the bundle through that capability, configures its component through
 * Configuration Admin (the component requires a configuration, so only what a profile names runs)
 * and binds the service. Implementations keep no static state and never assume that all tasks
 * share one JVM.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package org.tlang.spi;
