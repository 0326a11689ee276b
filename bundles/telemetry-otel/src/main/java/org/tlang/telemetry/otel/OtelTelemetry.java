package org.tlang.telemetry.otel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.prometheus.PrometheusHttpServer;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.SdkMeterProviderBuilder;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tlang.api.TlangRuntime;
import org.tlang.spi.telemetry.Span;
import org.tlang.spi.telemetry.Telemetry;

/**
 * Telemetry through the OpenTelemetry SDK: counters, histograms and spans of the kernel and the
 * std modules, and a gauge per subsystem kind over what the bound implementations count
 * ({@link SubsystemGauges}); exported by OTLP over HTTP (protobuf, the JDK's HttpClient) every
 * {@code export-interval-ms}, and as a Prometheus scrape endpoint. The SDK is this component's own:
 * nothing is registered as OpenTelemetry's global.
 */
@Component(service = Telemetry.class, immediate = true, configurationPolicy = ConfigurationPolicy.REQUIRE,
        configurationPid = "org.tlang.telemetry.otel")
@Designate(ocd = OtelTelemetry.Config.class, factory = true)
public final class OtelTelemetry implements Telemetry {
    private static final String SCOPE = "org.tlang";

    /** Settings a profile gives under {@code [telemetry]}. */
    @ObjectClassDefinition(id = "org.tlang.telemetry.otel", name = "telemetry otel",
            description = "Metrics and traces through the OpenTelemetry SDK: OTLP over HTTP and a Prometheus endpoint.")
    public @interface Config {
        @AttributeDefinition(description = "Base URL of an OTLP/HTTP receiver (http://127.0.0.1:4318): metrics go to /v1/metrics, spans to /v1/traces; empty for no OTLP export.")
        String otlp$_$endpoint() default "";

        @AttributeDefinition(min = "0", max = "65535", description = "Port of the Prometheus scrape endpoint (/metrics); 0 for none.")
        int prometheus$_$port() default 0;

        @AttributeDefinition(description = "Address the Prometheus endpoint listens on; 0.0.0.0 for every interface.")
        String prometheus$_$host() default "127.0.0.1";

        @AttributeDefinition(description = "The service.name resource attribute of everything exported.")
        String service$_$name() default "tlang";

        @AttributeDefinition(min = "100", max = "3600000", description = "How often metrics are pushed by OTLP, in milliseconds.")
        long export$_$interval$_$ms() default 60000;
    }

    private final SdkMeterProvider meters;
    private final SdkTracerProvider tracers;
    private final Tracer tracer;
    private final Instruments instruments;
    private final SubsystemGauges gauges;

    @Activate
    public OtelTelemetry(Config config, @Reference TlangRuntime runtime) {
        String endpoint = config.otlp$_$endpoint().strip();
        if (!endpoint.isEmpty() && !endpoint.matches("https?://[^/\\s]+(/.*)?")) {
            throw new IllegalArgumentException("telemetry.otlp-endpoint must be an http:// or https:// URL, got \"" + endpoint + "\"");
        }
        String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        Resource resource = Resource.getDefault().merge(Resource.create(Attributes.of(
                io.opentelemetry.api.common.AttributeKey.stringKey("service.name"), config.service$_$name())));
        SdkMeterProviderBuilder meterBuilder = SdkMeterProvider.builder().setResource(resource);
        SdkTracerProviderBuilder tracerBuilder = SdkTracerProvider.builder().setResource(resource);
        ClassLoader own = OtelTelemetry.class.getClassLoader();
        if (!base.isEmpty()) {
            meterBuilder.registerMetricReader(PeriodicMetricReader.builder(OtlpHttpMetricExporter.builder()
                            .setEndpoint(base + "/v1/metrics").setServiceClassLoader(own).build())
                    .setInterval(Duration.ofMillis(config.export$_$interval$_$ms())).build());
            tracerBuilder.addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                    .setEndpoint(base + "/v1/traces").setServiceClassLoader(own).build())
                    .setScheduleDelay(Duration.ofMillis(Math.min(config.export$_$interval$_$ms(), 5000))).build());
        }
        if (config.prometheus$_$port() > 0) {
            try {
                meterBuilder.registerMetricReader(PrometheusHttpServer.builder()
                        .setHost(config.prometheus$_$host()).setPort(config.prometheus$_$port()).build());
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new IllegalArgumentException("telemetry.prometheus-port " + config.prometheus$_$port() + ": cannot listen on "
                        + config.prometheus$_$host() + ": " + (e.getCause() instanceof IOException io ? io.getMessage() : e.getMessage()));
            }
        }
        this.meters = meterBuilder.build();
        this.tracers = tracerBuilder.build();
        this.tracer = tracers.get(SCOPE);
        Meter meter = meters.get(SCOPE);
        this.instruments = new Instruments(meter);
        this.gauges = new SubsystemGauges(meter, runtime);
    }

    @Deactivate
    void deactivate() {
        gauges.close();
        tracers.shutdown().join(5, TimeUnit.SECONDS);
        meters.shutdown().join(5, TimeUnit.SECONDS);
    }

    @Override
    public void count(String name, long n, String... attributes) {
        instruments.counter(name).add(n, Instruments.attributes(attributes));
    }

    @Override
    public void record(String name, double value, String... attributes) {
        instruments.histogram(name).record(value, Instruments.attributes(attributes));
    }

    @Override
    public Span span(String name, Span.Kind kind, String traceparent, String... attributes) {
        Context parent = traceparent == null ? Context.current() : TraceParents.extract(traceparent);
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder(name).setParent(parent).setSpanKind(switch (kind) {
            case SERVER -> SpanKind.SERVER;
            case CLIENT -> SpanKind.CLIENT;
            case INTERNAL -> SpanKind.INTERNAL;
        }).setAllAttributes(Instruments.attributes(attributes)).startSpan();
        return new OtelSpan(span, parent.with(span).makeCurrent());
    }

    @Override
    public String traceparent() {
        return TraceParents.inject(Context.current());
    }
}
