package org.tlang.embed;

import java.util.List;

import org.osgi.framework.Bundle;

/**
 * Binds SLF4J to its provider (and so has Logback read its configuration) as soon as the platform
 * bundles are active, instead of when the first bundle logs. {@link Tlang} runs this on a second
 * thread while it installs the other bundles; it is the same call any bundle's first
 * {@code LoggerFactory.getLogger} makes, only earlier. Without SLF4J among the platform bundles it
 * does nothing; if binding fails, the first bundle that logs meets (and reports) the same failure.
 */
final class LoggingSetup {
    static final String LOGGER_FACTORY = "org.slf4j.LoggerFactory";

    private LoggingSetup() {}

    static void run(List<Bundle> platform) {
        for (Bundle bundle : platform) {
            if (bundle.getState() != Bundle.ACTIVE) continue;
            Class<?> factory;
            try {
                factory = bundle.loadClass(LOGGER_FACTORY);
            } catch (ClassNotFoundException | IllegalStateException e) {
                continue;
            }
            try {
                factory.getMethod("getILoggerFactory").invoke(null);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // left to the first logging call
            }
            return;
        }
    }
}
