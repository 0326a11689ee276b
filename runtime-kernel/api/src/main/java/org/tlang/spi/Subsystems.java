package org.tlang.spi;

import java.util.List;

/** Names shared by the kernel and every subsystem bundle. */
public final class Subsystems {
    /** Namespace of the capability each subsystem bundle provides. */
    public static final String NAMESPACE = "tlang.subsystem";
    /** Capability attribute and service property naming the kind, e.g. {@code scheduler}. */
    public static final String KIND = "kind";
    /** Capability attribute and service property naming the implementation, e.g. {@code virtual}. */
    public static final String NAME = "name";

    public static final String SCHEDULER = "scheduler";
    public static final String ALLOCATOR = "allocator";
    public static final String COLLECTOR = "collector";
    public static final String IO = "io";
    public static final String FFI = "ffi";
    public static final String TIER = "tier";
    public static final String CLUSTER = "cluster";

    /** Metrics and traces ({@link org.tlang.spi.telemetry.Telemetry}): bound first, so it sees the others start. */
    public static final String TELEMETRY = "telemetry";

    /** Every kind a profile may name, in the order the kernel binds them. */
    public static final List<String> KINDS = List.of(TELEMETRY, ALLOCATOR, COLLECTOR, SCHEDULER, IO, FFI, TIER, CLUSTER);

    /** Service property on a subsystem service: its kind. */
    public static final String SERVICE_KIND = "tlang.kind";
    /** Service property on a subsystem service: its implementation name. */
    public static final String SERVICE_NAME = "tlang.name";

    private Subsystems() {}
}
