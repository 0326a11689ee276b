package org.tlang.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.tlang.modules.RuntimeHost;
import org.tlang.spi.scheduler.Scheduler;

/** A host whose output is captured. */
public final class TestHost implements RuntimeHost {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final Scheduler scheduler = new VirtualThreadScheduler();
    private final org.tlang.spi.tier.ExecutionTier tier;

    public TestHost() {
        this(null);
    }

    /** A host whose programs tier up through {@code tier} (null: interpreter only). */
    public TestHost(org.tlang.spi.tier.ExecutionTier tier) {
        this.tier = tier;
    }

    @Override
    public org.tlang.spi.tier.ExecutionTier tier() {
        return tier;
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    public synchronized String stdout() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    public synchronized String stderr() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }
}
