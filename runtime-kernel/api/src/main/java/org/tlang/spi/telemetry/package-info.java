/**
 * Metrics, spans and JFR events of the runtime. The kernel and the std modules count and trace
 * through {@link org.tlang.spi.telemetry.Telemetry}; a profile's {@code [telemetry]} table binds an
 * implementation (the {@code otel} bundle exports them by OTLP and as a Prometheus endpoint). With
 * none bound every call goes to {@link org.tlang.spi.telemetry.Telemetry#NONE}, which does nothing.
 * {@link org.tlang.spi.telemetry.RuntimeEvents} records JFR events whatever is bound.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.tlang.spi.telemetry;
