package org.tlang.api;

/**
 * What one run may use of the machine: stopped with {@code panic: deadline exceeded} past
 * {@code maxMillis}, with {@code panic: out of fuel} past {@code maxFuel} calls and loop back edges
 * (counted on every tier; loops are charged in steps of {@link org.tlang.runtime.Safepoint#PERIOD});
 * a {@code spawn} beyond {@code maxTasks} tasks running at once panics. 0: no limit.
 */
public record Limits(long maxMillis, long maxFuel, int maxTasks) {
    public static final Limits NONE = new Limits(0, 0, 0);

    public Limits {
        if (maxMillis < 0) throw new IllegalArgumentException("max-ms must be positive, not " + maxMillis);
        if (maxFuel < 0) throw new IllegalArgumentException("max-fuel must be positive, not " + maxFuel);
        if (maxTasks < 0) throw new IllegalArgumentException("max-tasks must be positive, not " + maxTasks);
    }

    /** A deadline and fuel, no cap on tasks. */
    public Limits(long maxMillis, long maxFuel) {
        this(maxMillis, maxFuel, 0);
    }

    /** These limits, each one this does not set taken from {@code fallback}. */
    public Limits or(Limits fallback) {
        return new Limits(maxMillis > 0 ? maxMillis : fallback.maxMillis, maxFuel > 0 ? maxFuel : fallback.maxFuel,
                maxTasks > 0 ? maxTasks : fallback.maxTasks);
    }
}
