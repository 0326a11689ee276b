package org.tlang.api;

import java.util.Map;

/**
 * One subsystem kind as it serves now ({@link TlangRuntime#subsystems}).
 *
 * @param kind           the kind, e.g. {@code scheduler}
 * @param implementation the implementation's name, e.g. {@code pool}
 * @param version        the version of the bundle that provides it, e.g. {@code 0.1.0}
 * @param settings       the settings it was started with (the profile's; the defaults of the
 *                       implementation are not repeated), in the order the implementation declares them
 * @param metrics        its counters now, by name without the kind ({@code compiled}), empty if it keeps none
 * @param details        lines describing its state now ({@code member 10.0.0.2:5701}), empty if it has none to show
 */
public record BoundSubsystem(String kind, String implementation, String version, Map<String, Object> settings,
                             Map<String, Number> metrics, java.util.List<String> details) {

    public BoundSubsystem(String kind, String implementation, String version, Map<String, Object> settings, Map<String, Number> metrics) {
        this(kind, implementation, version, settings, metrics, java.util.List.of());
    }
}
