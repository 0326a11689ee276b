package org.tlang.embed;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The runtime's logging, set up in code: Logback finds this through {@link java.util.ServiceLoader}
 * on the host's class path and runs it instead of reading XML (Joran's parser cost about 200 ms of
 * every start). A file named by {@code -Dlogback.configurationFile} (or {@code conf/logback.xml} in
 * the distribution) replaces it, read by Logback as usual.
 *
 * <ul>
 *   <li>the runtime's own loggers: WARN and up ({@code -Dtlang.log.level}) to stderr as
 *       {@code tlang WARN Kernel: ...}; stdout belongs to the T program;</li>
 *   <li>T programs' std.log, on the logger {@code t.MODULE} of each module: INFO and up
 *       ({@code -Dtlang.t.log.level}) to stderr, the module before the message, fields as
 *       {@code key="value"} after it.</li>
 * </ul>
 * A profile's {@code [log]} table replaces these through {@link LogbackControl}.
 */
public final class LogbackDefaults extends ContextAwareBase implements Configurator {
    /** The logger under which every T module's logger sits ({@code t.shop.orders}). */
    static final String T_LOGGER = "t";
    static final String RUNTIME_PATTERN = "tlang %level %logger{0}: %msg%n";
    static final String T_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level %replace(%logger){'^t\\.', ''}: %msg%replace( %kvp){'^ $', ''}%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(runtimeLevel());
        root.addAppender(started(stderr(context, "STDERR", pattern(context, RUNTIME_PATTERN))));
        Logger t = context.getLogger(T_LOGGER);
        t.setLevel(tLevel());
        t.setAdditive(false);
        t.addAppender(started(stderr(context, "T", pattern(context, T_PATTERN))));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The level of the runtime's own loggers when no profile sets one. */
    static Level runtimeLevel() {
        return Level.toLevel(System.getProperty("tlang.log.level"), Level.WARN);
    }

    /** The level of T modules when no profile sets one. */
    static Level tLevel() {
        return Level.toLevel(System.getProperty("tlang.t.log.level"), Level.INFO);
    }

    static Encoder<ILoggingEvent> pattern(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    /** A console appender on stderr, not started. */
    static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context, String name, Encoder<ILoggingEvent> encoder) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        return appender;
    }

    private static <A extends Appender<ILoggingEvent>> A started(A appender) {
        appender.start();
        return appender;
    }
}
