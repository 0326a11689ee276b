package org.tlang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import org.tlang.api.TlangRuntime;
import sun.misc.Signal;

/**
 * What SIGTERM and SIGINT do to {@code tlang run}: the first drains the program
 * ({@link TlangRuntime#drain}: its servers stop accepting, work in flight finishes, its shutdown
 * hooks run), so that its run ends, the framework stops and the launcher exits as at the end of
 * main (0). A second one, while that goes on, exits at once with 128 + the signal's number (143
 * for SIGTERM, 130 for SIGINT: what a shell shows for a process the signal killed), after removing
 * the admin socket. The JDK's {@code sun.misc.Signal} replaces the JVM's own handling of the two
 * (run the shutdown hooks, exit 128 + N) and runs each handler on a new platform thread.
 */
final class ShutdownSignals {
    /** Set for the runtime's bundles to see that this process's signals are theirs to handle (SIGHUP reloads). */
    static final String PROPERTY = "tlang.signals";

    private final TlangRuntime runtime;
    private final AtomicBoolean draining = new AtomicBoolean();

    private ShutdownSignals(TlangRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Set while a SIGHUP came before the runtime took the signal: the hotpatch bundle reloads once
     * it does (org.tlang.hotpatch.HangupReload reads the same name).
     */
    static final String HUP_PENDING = "tlang.signals.hup-pending";

    /**
     * Before the boot: the runtime's bundles may take this process's other signals (SIGHUP). Until
     * one does, a SIGHUP is held for it instead of ending the JVM (its own handling of SIGHUP), so
     * that a reload signal sent as soon as a service listens never kills it.
     */
    static void claim() {
        System.setProperty(PROPERTY, "true");
        try {
            Signal.handle(new Signal("HUP"), signal -> System.setProperty(HUP_PENDING, "true"));
        } catch (IllegalArgumentException e) {
            // the JVM keeps the signal (-Xrs): left as it is (one ignored on entry, under nohup, stays ignored anyway)
        }
    }

    /** From now on SIGTERM and SIGINT drain {@code runtime}. */
    static void install(TlangRuntime runtime) {
        ShutdownSignals signals = new ShutdownSignals(runtime);
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signals::received);
            } catch (IllegalArgumentException e) {
                // the JVM keeps the signal (-Xrs), or it is ignored in this process (a background job's SIGINT): left as it is
            }
        }
    }

    private void received(Signal signal) {
        if (draining.compareAndSet(false, true)) {
            System.err.println("tlang: SIG" + signal.getName() + ": draining; send it again to exit at once");
            System.err.flush();
            runtime.drain();
            return;
        }
        try {
            Files.deleteIfExists(new AdminClient(AdminClient.defaultFolder()).socket(ProcessHandle.current().pid()));
        } catch (IOException e) {
            // the next runtime to open the folder removes it: its process is gone
        }
        System.err.println("tlang: SIG" + signal.getName() + " again while draining: exiting at once");
        System.err.flush();
        Runtime.getRuntime().halt(128 + signal.getNumber());
    }
}
