package org.tlang.testing;

import java.io.ByteArrayInputStream;
import org.tlang.spi.ffi.ForeignLinker;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.api.Report;
import org.tlang.api.RunResult;
import org.tlang.io.blocking.BlockingIoDriver;
import org.tlang.modules.RuntimeHost;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.io.IoDriver;
import org.tlang.spi.scheduler.Scheduler;
import org.tlang.spi.tier.ExecutionTier;

/** A host whose output is captured, and whose compiling tier a test may change (as a swap does). */
public final class TestHost implements RuntimeHost {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final ProgramIo io = new ProgramIo(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    private final Scheduler scheduler = new VirtualThreadScheduler();
    private final IoDriver ioDriver = new BlockingIoDriver();
    private final Set<String> denied = ConcurrentHashMap.newKeySet();
    private volatile InputStream stdin = InputStream.nullInputStream();
    private volatile ExecutionTier tier;
    private volatile ForeignLinker ffi = new TestLinker();
    private volatile long memoryCap;

    public TestHost() {
        this(null);
    }

    /** A host whose programs tier up through {@code tier} (null: interpreter only). */
    public TestHost(ExecutionTier tier) {
        this.tier = tier;
    }

    @Override
    public ExecutionTier tier() {
        return tier;
    }

    @Override
    public long memoryCap() {
        return memoryCap;
    }

    /** Each program of this host may hold at most {@code bytes} of runtime-owned memory (0: no cap), as an allocator's max-bytes says. */
    public void memoryCap(long bytes) {
        this.memoryCap = bytes;
    }

    @Override
    public ForeignLinker foreignLinker() {
        return ffi;
    }

    /** Binds another foreign function linker (null: none), as a live swap of the ffi subsystem does. */
    public void swapLinker(ForeignLinker next) {
        this.ffi = next;
    }

    /** Binds another compiling tier (null: the interpreter only), as a live swap of the tier does. */
    public void swapTier(ExecutionTier next) {
        this.tier = next;
    }

    @Override
    public ProgramIo io() {
        return io;
    }

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public IoDriver ioDriver() {
        return ioDriver;
    }

    @Override
    public InputStream stdin() {
        return stdin;
    }

    /** The program's standard input is {@code text} (UTF-8). */
    public void stdin(String text) {
        stdin(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The program's standard input is {@code bytes}. */
    public void stdin(byte[] bytes) {
        this.stdin = new ByteArrayInputStream(bytes);
    }

    @Override
    public String denied(String domain, String capability, String target) {
        return denied.contains(capability) || denied.contains(domain + "|" + capability) ? capability + " " + target : null;
    }

    /** The code of sandbox domain {@code domain} (a dependency package) is no longer granted {@code capability}. */
    public void deny(String domain, String capability) {
        denied.add(domain + "|" + capability);
    }

    /** Programs of this host are no longer granted {@code capability} ({@code fs.read}, ...). */
    public void deny(String capability) {
        denied.add(capability);
    }

    /**
     * Prints what {@code tlang run} prints after a run (its {@link Report#run}) to this host's stderr
     * and returns the exit status the command line gives it (as {@code org.tlang.cli.ExitStatus}:
     * 0, 1 for a program that did not compile or could not run, 101 for a panic or an internal error,
     * the status of process.exit).
     */
    public int finish(RunResult result) {
        io.err().print(Report.run(result));
        io.flush();
        return switch (result.status()) {
            case COMPLETED -> 0;
            case COMPILE_ERROR, NOT_RUN -> 1;
            case PANICKED, INTERNAL_ERROR -> 101;
            case EXITED -> result.exitStatus();
        };
    }

    public synchronized String stdout() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    public synchronized String stderr() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }
}
