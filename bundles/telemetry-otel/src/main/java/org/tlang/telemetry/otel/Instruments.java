package org.tlang.telemetry.otel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;

/** The counters and histograms made so far, one per name, made at first use. */
final class Instruments {
    /** For durations in seconds (names ending in {@code .duration}): OpenTelemetry's HTTP semantic conventions' buckets. */
    private static final List<Double> SECONDS = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

    private final Meter meter;
    private final Map<String, LongCounter> counters = new ConcurrentHashMap<>();
    private final Map<String, DoubleHistogram> histograms = new ConcurrentHashMap<>();

    Instruments(Meter meter) {
        this.meter = meter;
    }

    LongCounter counter(String name) {
        return counters.computeIfAbsent(name, n -> meter.counterBuilder(n).build());
    }

    DoubleHistogram histogram(String name) {
        return histograms.computeIfAbsent(name, n -> n.endsWith(".duration")
                ? meter.histogramBuilder(n).setUnit("s").setExplicitBucketBoundariesAdvice(SECONDS).build()
                : meter.histogramBuilder(n).build());
    }

    /** Alternating keys and values; a last key without a value is left out. */
    static Attributes attributes(String... pairs) {
        if (pairs.length < 2) return Attributes.empty();
        AttributesBuilder b = Attributes.builder();
        for (int i = 0; i + 1 < pairs.length; i += 2) b.put(pairs[i], pairs[i + 1]);
        return b.build();
    }
}
