package org.tlang.embed;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class LoggingSetupTest {

    /** Stands in for SLF4J's LoggerFactory: counts the calls that bind logging. */
    public static final class CountingFactory {
        static final AtomicInteger CALLS = new AtomicInteger();

        public static Object getILoggerFactory() {
            CALLS.incrementAndGet();
            return "factory";
        }
    }

    public static final class FailingFactory {
        public static Object getILoggerFactory() {
            throw new IllegalStateException("no provider");
        }
    }

    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void reset() {
        CountingFactory.CALLS.set(0);
    }

    /** A bundle in {@code state} that sees {@code factory} as org.slf4j.LoggerFactory (null: sees no SLF4J). */
    private Bundle bundle(String name, int state, Class<?> factory) {
        return (Bundle) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Bundle.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getState" -> state;
                    case "getSymbolicName" -> name;
                    case "loadClass" -> {
                        asked.add(name + ":" + args[0]);
                        if (factory == null) throw new ClassNotFoundException((String) args[0]);
                        yield factory;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void bindsLoggingThroughTheFirstActiveBundleThatSeesSlf4j() {
        LoggingSetup.run(List.of(
                bundle("asm", Bundle.ACTIVE, null),
                bundle("stopped", Bundle.RESOLVED, CountingFactory.class),
                bundle("logback", Bundle.ACTIVE, CountingFactory.class),
                bundle("slf4j", Bundle.ACTIVE, CountingFactory.class)));
        assertEquals(1, CountingFactory.CALLS.get());
        assertEquals(List.of("asm:" + LoggingSetup.LOGGER_FACTORY, "logback:" + LoggingSetup.LOGGER_FACTORY), asked);
    }

    @Test
    void withoutSlf4jDoesNothing() {
        assertDoesNotThrow(() -> LoggingSetup.run(List.of(bundle("asm", Bundle.ACTIVE, null))));
        assertDoesNotThrow(() -> LoggingSetup.run(List.of()));
        assertEquals(0, CountingFactory.CALLS.get());
    }

    @Test
    void aFailureIsLeftToTheFirstLoggingCall() {
        assertDoesNotThrow(() -> LoggingSetup.run(List.of(bundle("slf4j", Bundle.ACTIVE, FailingFactory.class))));
        assertDoesNotThrow(() -> LoggingSetup.run(List.of(bundle("odd", Bundle.ACTIVE, String.class))));
    }
}
