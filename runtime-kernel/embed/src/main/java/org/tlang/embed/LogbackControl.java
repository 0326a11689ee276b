package org.tlang.embed;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.net.SyslogAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import org.tlang.spi.log.LogControl;
import org.tlang.spi.log.LogSettings;

/**
 * A profile's {@code [log]} applied to the host's Logback, in code like {@link LogbackDefaults}:
 * the console (stderr) as text or JSON (Logback's {@link JsonEncoder}), a file rolled by
 * size and/or day, a syslog server over UDP; levels on the root logger (the runtime's), on
 * {@code t} (T modules without their own) and on {@code t.MODULE}.
 */
final class LogbackControl implements LogControl {
    static final String SYSLOG_PATTERN = "%replace(%logger){'^t\\.', ''}: %msg%replace( %kvp){'^ $', ''}";
    /** How often a file rolled by size has its size looked at (each look is a system call). */
    static final long CHECK_SIZE_MS = 100;
    private static final List<String> LEVELS = List.of("trace", "debug", "info", "warn", "error", "off");

    private final LoggerContext context;
    private final AtomicInteger generation = new AtomicInteger();
    /** The T module loggers given a level by the last profile or live since: the next profile clears them. */
    private final Set<String> moduleLevels = new HashSet<>();

    LogbackControl(LoggerContext context) {
        this.context = context;
    }

    @Override
    public Staged stage(LogSettings settings) {
        String xml = System.getProperty("logback.configurationFile");
        if (xml != null) {
            throw new IllegalArgumentException("[log] cannot apply: logging is configured by " + xml
                    + " (logback.configurationFile); remove the [log] table or that file");
        }
        if (settings.syslog() != null) {
            try {
                InetAddress.getByName(settings.syslog().host());
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("'log.syslog': unknown host '" + settings.syslog().host() + "'");
            }
        }
        if (settings.file() != null) writable(settings.file().path());
        return new Built(settings, appenders(settings, "-" + generation.incrementAndGet()));
    }

    private static void writable(Path file) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND).close();
        } catch (IOException e) {
            throw new IllegalArgumentException("'log.file': cannot write " + file + ": " + why(e));
        }
    }

    private static String why(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** What writes where: the appenders of the root logger and of {@code t}, none started yet. */
    private record Appenders(List<Appender<ILoggingEvent>> runtime, List<Appender<ILoggingEvent>> t) {}

    private Appenders appenders(LogSettings settings, String suffix) {
        List<Appender<ILoggingEvent>> runtime = new ArrayList<>();
        List<Appender<ILoggingEvent>> t = new ArrayList<>();
        if (settings.format().equals("json")) {
            Appender<ILoggingEvent> console = LogbackDefaults.stderr(context, "STDERR" + suffix, json());
            runtime.add(console);
            t.add(console);
        } else {
            runtime.add(LogbackDefaults.stderr(context, "STDERR" + suffix, LogbackDefaults.pattern(context, LogbackDefaults.RUNTIME_PATTERN)));
            t.add(LogbackDefaults.stderr(context, "T" + suffix, LogbackDefaults.pattern(context, LogbackDefaults.T_PATTERN)));
        }
        if (settings.file() != null) {
            Appender<ILoggingEvent> file = file(settings.file(), "FILE" + suffix);
            runtime.add(file);
            t.add(file);
        }
        if (settings.syslog() != null) {
            SyslogAppender syslog = new SyslogAppender();
            syslog.setContext(context);
            syslog.setName("SYSLOG" + suffix);
            syslog.setSyslogHost(settings.syslog().host());
            syslog.setPort(settings.syslog().port());
            syslog.setFacility(settings.syslog().facility());
            syslog.setSuffixPattern(SYSLOG_PATTERN);
            runtime.add(syslog);
            t.add(syslog);
        }
        return new Appenders(runtime, t);
    }

    private Encoder<ILoggingEvent> json() {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithArguments(false);
        encoder.start();
        return encoder;
    }

    /** The file's appender; its rolling policy is started with it, at commit. */
    private FileAppender<ILoggingEvent> file(LogSettings.FileLog file, String name) {
        String path = file.path().toString();
        Encoder<ILoggingEvent> encoder = file.format().equals("json") ? json() : LogbackDefaults.pattern(context, LogbackDefaults.T_PATTERN);
        FileAppender<ILoggingEvent> appender;
        if (!file.daily() && file.maxSize() == 0) {
            appender = new FileAppender<>();
            appender.setFile(path);
        } else {
            RollingFileAppender<ILoggingEvent> rolling = new RollingFileAppender<>();
            rolling.setContext(context);
            rolling.setFile(path); // before the policies, or Logback refuses to start it
            if (file.daily()) {
                TimeBasedRollingPolicy<ILoggingEvent> policy;
                if (file.maxSize() > 0) {
                    SizeAndTimeBasedRollingPolicy<ILoggingEvent> sized = new SizeAndTimeBasedRollingPolicy<>();
                    sized.setMaxFileSize(new FileSize(file.maxSize()));
                    sized.setFileNamePattern(path + ".%d{yyyy-MM-dd,UTC}.%i");
                    policy = sized;
                } else {
                    policy = new TimeBasedRollingPolicy<>();
                    policy.setFileNamePattern(path + ".%d{yyyy-MM-dd,UTC}");
                }
                policy.setMaxHistory(file.maxHistory());
                policy.setContext(context);
                policy.setParent(rolling);
                rolling.setRollingPolicy(policy);
            } else {
                FixedWindowRollingPolicy policy = new FixedWindowRollingPolicy();
                policy.setContext(context);
                policy.setFileNamePattern(path + ".%i");
                policy.setMinIndex(1);
                policy.setMaxIndex(file.maxHistory());
                policy.setParent(rolling);
                SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
                trigger.setContext(context);
                trigger.setMaxFileSize(new FileSize(file.maxSize()));
                // Logback's default looks at the size once a minute, by which time a busy file may be far past it
                trigger.setCheckIncrement(Duration.buildByMilliseconds(CHECK_SIZE_MS));
                rolling.setRollingPolicy(policy);
                rolling.setTriggeringPolicy(trigger);
            }
            appender = rolling;
        }
        appender.setContext(context);
        appender.setName(name);
        appender.setAppend(true);
        appender.setEncoder(encoder);
        return appender;
    }

    @Override
    public String level(String module) {
        return name(logger(module).getEffectiveLevel());
    }

    @Override
    public synchronized String setLevel(String module, String level) {
        if (!LEVELS.contains(level.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown level '" + level + "' (" + String.join(", ", LEVELS) + ")");
        }
        Logger logger = logger(module);
        String before = name(logger.getEffectiveLevel());
        logger.setLevel(Level.toLevel(level));
        if (module != null) moduleLevels.add(logger.getName());
        return before;
    }

    private Logger logger(String module) {
        return context.getLogger(module == null ? LogbackDefaults.T_LOGGER : LogbackDefaults.T_LOGGER + "." + module);
    }

    private static String name(Level level) {
        return level.levelStr.toLowerCase(Locale.ROOT);
    }

    /** Staged settings: switched to by {@link #commit}. */
    private final class Built implements Staged {
        private final LogSettings settings;
        private final Appenders appenders;

        Built(LogSettings settings, Appenders appenders) {
            this.settings = settings;
            this.appenders = appenders;
        }

        /**
         * Starts the new appenders and attaches them before the old ones are detached, so no event
         * goes nowhere; but a file appender starts after the old ones stop, since Logback lets only
         * one appender at a time write a file (the new one may name the same).
         */
        @Override
        public void commit() {
            synchronized (LogbackControl.this) {
                Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
                Logger t = context.getLogger(LogbackDefaults.T_LOGGER);
                List<Appender<ILoggingEvent>> old = new ArrayList<>();
                root.iteratorForAppenders().forEachRemaining(old::add);
                t.iteratorForAppenders().forEachRemaining(old::add);
                attach(root, appenders.runtime(), false);
                attach(t, appenders.t(), false);
                for (Appender<ILoggingEvent> a : old) {
                    root.detachAppender(a);
                    t.detachAppender(a);
                    a.stop();
                }
                attach(root, appenders.runtime(), true);
                attach(t, appenders.t(), true);
                root.setLevel(settings.runtimeLevel() == null ? LogbackDefaults.runtimeLevel() : Level.toLevel(settings.runtimeLevel()));
                t.setLevel(settings.level() == null ? LogbackDefaults.tLevel() : Level.toLevel(settings.level()));
                for (String name : moduleLevels) context.getLogger(name).setLevel(null);
                moduleLevels.clear();
                settings.levels().forEach((module, level) -> {
                    Logger logger = logger(module);
                    logger.setLevel(Level.toLevel(level));
                    moduleLevels.add(logger.getName());
                });
            }
        }

        private static void attach(Logger logger, List<Appender<ILoggingEvent>> appenders, boolean files) {
            for (Appender<ILoggingEvent> a : appenders) {
                if (a instanceof FileAppender<?> != files) continue;
                if (!a.isStarted()) start(a);
                logger.addAppender(a);
            }
        }

        private static void start(Appender<ILoggingEvent> appender) {
            if (appender instanceof RollingFileAppender<ILoggingEvent> rolling) {
                rolling.getRollingPolicy().start();
                if (rolling.getTriggeringPolicy() != rolling.getRollingPolicy()) rolling.getTriggeringPolicy().start();
            }
            appender.start();
        }

        @Override
        public void discard() {
            // nothing was started or opened but the encoders, which hold nothing
        }
    }
}
