package org.tlang.embed;

import org.slf4j.LoggerFactory;

/**
 * Binds SLF4J to its provider (and so has Logback configure itself, {@link LogbackDefaults}) at the
 * start of a boot, on a thread of its own while the framework starts. SLF4J and Logback are on the
 * host's class path, and the host exports {@code org.slf4j} to the bundles ({@link HostPackages}):
 * they find the provider by the JDK's own ServiceLoader, without SPI Fly's weaving. {@link Tlang}
 * starts the bundles that log only after {@link #await}, so no bundle sees logging half set up.
 */
final class LoggingSetup {
    private final Thread thread;

    private LoggingSetup(Thread thread) {
        this.thread = thread;
    }

    static LoggingSetup start() {
        return new LoggingSetup(Thread.ofPlatform().name("tlang-logging-setup").daemon().start(LoggingSetup::bind));
    }

    /** Binds logging; a failure is left to the first logging call, which meets and reports it. */
    static void bind() {
        try {
            LoggerFactory.getILoggerFactory();
        } catch (RuntimeException | LinkageError e) {
            // left to the first logging call
        }
    }

    void await() throws InterruptedException {
        thread.join();
    }
}
