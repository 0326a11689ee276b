package org.tlang.telemetry.otel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import org.tlang.api.BoundSubsystem;
import org.tlang.api.TlangRuntime;
import org.tlang.spi.Subsystems;

/**
 * A gauge per subsystem kind ({@code tlang.scheduler}, {@code tlang.allocator}, ...) whose series
 * are what the implementation bound now counts ({@link org.tlang.spi.Metered}), read when metrics
 * are collected, so counting costs the subsystems nothing more than it did: attribute {@code metric}
 * names the count ({@code tasks-spawned}, {@code bytes-in-use}), {@code impl} the implementation.
 */
final class SubsystemGauges implements AutoCloseable {
    private final List<ObservableDoubleGauge> gauges = new ArrayList<>();

    SubsystemGauges(Meter meter, TlangRuntime runtime) {
        for (String kind : Subsystems.KINDS) {
            if (kind.equals(Subsystems.TELEMETRY)) continue;
            gauges.add(meter.gaugeBuilder("tlang." + kind).setDescription("what the bound " + kind + " counts, by metric")
                    .buildWithCallback(out -> {
                        for (BoundSubsystem s : runtime.subsystems()) {
                            if (!s.kind().equals(kind)) continue;
                            for (Map.Entry<String, Number> m : s.metrics().entrySet()) {
                                out.record(m.getValue().doubleValue(), Attributes.builder()
                                        .put("metric", m.getKey()).put("impl", s.implementation()).build());
                            }
                        }
                    }));
        }
    }

    @Override
    public void close() {
        gauges.forEach(ObservableDoubleGauge::close);
    }
}
