package org.tlang.spi.memory;

/** Allocation metrics of one allocator. */
public record AllocationStats(long bytesInUse, long bytesReserved, long allocations, long releases) {}
