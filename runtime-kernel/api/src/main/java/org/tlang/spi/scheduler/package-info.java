/** Schedulers: where T tasks ({@code spawn}, {@code async fn}) run. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.tlang.spi.scheduler;
