package org.tlang.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.tlang.api.RunRequest;
import org.tlang.api.RunResult;
import org.tlang.api.SwapResult;
import org.tlang.api.TlangRuntime;
import org.tlang.spi.natives.NativeModule;

/**
 * A plugin that is a plain jar ({@code examples/plain-jar-plugin}: META-INF/services and the
 * osgi.serviceloader headers, no DS) installed into a running runtime: SPI Fly registers its
 * native module and its scheduler as services; the kernel binds the module, which a T program
 * imports (uninstalled, the module is gone again), and a swap or a profile binds the scheduler.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlainJarPluginIT {
    static final String PROGRAM = "import wordstats;\n\nfn main() {\n    println(\"{wordstats.count(\"one two  three\")} {wordstats.shout(\"hi\")}\");\n}\n";

    @Inject
    TlangRuntime runtime;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return RuntimeBundles.options();
    }

    @Test
    public void spiFlyRegistersItsModuleAndAProgramImportsIt() throws Exception {
        Bundle plugin = install();
        awaitRegistered("wordstats", true);
        ServiceReference<?> ref = context.getServiceReferences(NativeModule.class, null).stream()
                .filter(r -> r.getBundle().equals(plugin)).findFirst().orElseThrow();
        assertTrue("registered by SPI Fly, not by the plugin: " + ref, ref.getProperty("serviceloader.mediator") != null);

        assertEquals("3 HI!\n", Programs.output(runtime, "count-words.t", PROGRAM));

        plugin.uninstall();
        awaitRegistered("wordstats", false);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult gone = runtime.run(new RunRequest(Programs.write("count-words-gone.t", PROGRAM), List.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        assertTrue(gone.status() + " " + err, gone.status() != RunResult.Status.COMPLETED);
    }

    @Test
    public void aSwapOrAProfileBindsItsScheduler() throws Exception {
        Bundle plugin = install();
        try {
            SwapResult swap = runtime.swap("scheduler", "thread-per-task", Map.of(), Duration.ofSeconds(5));
            assertTrue(swap.message(), swap.swapped());
            assertEquals("thread-per-task", runtime.bindings().get("scheduler"));
            assertEquals("sum 499500\n", Programs.output(runtime, "on-plugin-scheduler.t", SubsystemSwapIT.SUM));

            SwapResult withSettings = runtime.swap("scheduler", "thread-per-task", Map.of("threads", 2L), Duration.ofSeconds(5));
            assertFalse(withSettings.message(), withSettings.swapped());
            assertTrue(withSettings.message(), withSettings.message().contains("takes no settings"));

            runtime.compose(SubsystemSwapIT.PROFILE, "itest.toml");
            assertEquals("virtual", runtime.bindings().get("scheduler"));
            runtime.compose(SubsystemSwapIT.PROFILE.replace("\"virtual\"", "\"thread-per-task\""), "plugin.toml");
            assertEquals("thread-per-task", runtime.bindings().get("scheduler"));
        } finally {
            runtime.compose(SubsystemSwapIT.PROFILE, "itest.toml");
            plugin.uninstall();
        }
    }

    /** The plugin jar, installed and started in the runtime set up from the suites' profile. */
    private Bundle install() throws Exception {
        runtime.compose(SubsystemSwapIT.PROFILE, "itest.toml");
        Bundle plugin = context.installBundle(RuntimeBundles.DIR.resolve("words-plugin.jar").toUri().toString());
        plugin.start();
        return plugin;
    }

    private void awaitRegistered(String name, boolean registered) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (registered(name) == registered) return;
            Thread.sleep(10);
        }
        throw new AssertionError(name + (registered ? " was never registered" : " is still registered"));
    }

    private boolean registered(String name) throws Exception {
        for (ServiceReference<NativeModule> ref : context.getServiceReferences(NativeModule.class, null)) {
            NativeModule module = context.getService(ref);
            try {
                if (module != null && module.name().equals(name)) return true;
            } finally {
                context.ungetService(ref);
            }
        }
        return false;
    }
}
