package org.tlang.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.tlang.api.RunRequest;
import org.tlang.api.RunResult;
import org.tlang.api.TlangRuntime;
import org.tlang.spi.program.RunningProgram;

/**
 * A reload transaction through the hotpatch bundle: a program run with watch on is a
 * {@link RunningProgram} service, which the hotpatch bundle's source watcher binds; a saved
 * version that does not compile is refused while the old one keeps serving, a good one switches
 * in with the module's static state kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReloadIT {
    static final String WATCHED = "(" + RunningProgram.WATCH + "=true)";

    @Inject
    TlangRuntime runtime;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return RuntimeBundles.options();
    }

    @Test
    public void aWatchedModuleIsReloadedWithItsStateAndABadVersionIsRefused() throws Exception {
        runtime.compose(SubsystemSwapIT.PROFILE, "itest.toml");
        Path app = Programs.write("ticker.t", ticker("v1", "true"));
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(() ->
                runtime.run(new RunRequest(app, List.of(), out.stream, err.stream, true)));
        out.await(t -> t.contains("v1 3\n"), Duration.ofSeconds(20), "v1 to tick three times");
        assertEquals(1, watched().size());

        Files.writeString(app, ticker("v1", "true") + "fn broken() -> Int { \"not an int\" }\n");
        err.await(t -> t.contains("ticker.t:"), Duration.ofSeconds(20), "the refused reload's diagnostic");
        String beforeGood = out.text();
        out.await(t -> t.length() > beforeGood.length() + 10, Duration.ofSeconds(20), "v1 to keep serving");

        Files.writeString(app, ticker("v2", "false"));
        RunResult result = run.get(30, TimeUnit.SECONDS);
        assertEquals(err.text(), RunResult.Status.COMPLETED, result.status());

        List<String> lines = out.text().lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) assertEquals("v1 " + (i + 1), lines.get(i));
        assertEquals("the static kept its value across the reload", "v2 " + lines.size(), lines.getLast());
        assertTrue("the program's service is gone with it", watched().isEmpty());
    }

    private Collection<ServiceReference<RunningProgram>> watched() throws Exception {
        return context.getServiceReferences(RunningProgram.class, WATCHED);
    }

    private static String ticker(String version, String keepGoing) {
        return """
                static mut ticks: Int = 0;

                fn label() -> Str { "%s" }

                fn keep_going() -> Bool { %s }

                fn main() {
                    loop {
                        ticks += 1;
                        println("{label()} {ticks}");
                        if !keep_going() { break; }
                        sleep(10);
                    }
                }
                """.formatted(version, keepGoing);
    }
}
