package org.tlang.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;

class LogbackDefaultsTest {
    private String configurationFile;
    private final PrintStream stderr = System.err;

    @BeforeEach
    void withoutAFile() {
        configurationFile = System.clearProperty("logback.configurationFile");
    }

    @AfterEach
    void restore() {
        if (configurationFile != null) System.setProperty("logback.configurationFile", configurationFile);
        System.clearProperty("tlang.log.level");
        System.clearProperty("tlang.t.log.level");
        System.setErr(stderr);
    }

    private static LoggerContext configured(ExecutionStatus expected) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as Logback's SLF4J provider does
        LogbackDefaults defaults = new LogbackDefaults();
        defaults.setContext(context);
        assertEquals(expected, defaults.configure(context));
        return context;
    }

    @Test
    void runtimeWarningsAndTheProgramsInfoGoToStderrInTheirOwnFormats() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        LoggerContext context = configured(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        assertEquals(Level.INFO, context.getLogger("t").getLevel());
        assertFalse(context.getLogger("t").isAdditive());

        context.getLogger("org.tlang.kernel.Kernel").info("not shown");
        context.getLogger("org.tlang.kernel.Kernel").warn("slot empty");
        context.getLogger("t.shop.orders").atWarn().addKeyValue("ms", 1200).log("slow");
        context.getLogger("t.shop.orders").debug("not shown either");
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length, String.join(" | ", lines));
        assertEquals("tlang WARN Kernel: slot empty", lines[0]);
        assertTrue(lines[1].matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z WARN  shop\\.orders: slow ms=\"1200\""), lines[1]);
    }

    @Test
    void levelsComeFromTheSystemProperties() {
        System.setProperty("tlang.log.level", "INFO");
        System.setProperty("tlang.t.log.level", "DEBUG");
        LoggerContext context = configured(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertEquals(Level.INFO, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
        assertEquals(Level.DEBUG, context.getLogger("t").getLevel());
    }

    @Test
    void aNamedConfigurationFileReplacesIt() {
        System.setProperty("logback.configurationFile", "/somewhere/logback.xml");
        LoggerContext context = configured(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertNull(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"));
        assertNull(context.getLogger("t").getLevel());
    }

    @Test
    void loggingSetupBindsSlf4jToLogback() throws InterruptedException {
        LoggingSetup.start().await();
        assertTrue(LoggerFactory.getILoggerFactory() instanceof LoggerContext, LoggerFactory.getILoggerFactory().getClass().getName());
    }
}
