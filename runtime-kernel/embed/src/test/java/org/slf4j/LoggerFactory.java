package org.slf4j;

/**
 * Not SLF4J: a stand-in that {@code BootOrderTest} packs into a platform bundle. Binding takes a
 * while, as Logback's configuration does, and is recorded.
 */
public final class LoggerFactory {
    private static volatile boolean bound;

    private LoggerFactory() {}

    public static Object getILoggerFactory() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        bound = true;
        return "bound";
    }

    public static boolean bound() {
        return bound;
    }
}
