package org.tlang.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ComponentStarterTest {
    @Test
    void reportsTheInnermostCauseOfAFailedActivation() {
        String scr = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.DirectConstructorHandleAccessor.newInstance(Unknown Source)
                Caused by: java.lang.IllegalArgumentException: scheduler.threads must be between 1 and 4096, got -3
                \tat org.tlang.scheduler.pool.PlatformPoolScheduler.<init>(PlatformPoolScheduler.java:40)
                """;
        assertEquals("scheduler.threads must be between 1 and 4096, got -3", ComponentStarter.innermostMessage(scr));
        assertEquals("activation failed", ComponentStarter.innermostMessage(null));
        assertEquals("no message here", ComponentStarter.innermostMessage("no message here"));
    }
}
