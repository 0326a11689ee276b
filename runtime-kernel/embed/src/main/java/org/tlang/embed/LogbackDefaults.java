package org.tlang.embed;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
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
 */
public final class LogbackDefaults extends ContextAwareBase implements Configurator {
    static final String RUNTIME_PATTERN = "tlang %level %logger{0}: %msg%n";
    static final String T_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level %replace(%logger){'^t\\.', ''}: %msg%replace( %kvp){'^ $', ''}%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty("tlang.log.level"), Level.WARN));
        root.addAppender(stderr(context, "STDERR", RUNTIME_PATTERN));
        Logger t = context.getLogger("t");
        t.setLevel(Level.toLevel(System.getProperty("tlang.t.log.level"), Level.INFO));
        t.setAdditive(false);
        t.addAppender(stderr(context, "T", T_PATTERN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context, String name, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
