package org.tlang.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;


/**
 * The API bundle the framework runs, baselined with bnd (a bundle here too) against the released
 * API, as {@code ApiBaselineTest} does at build time for {@code target/classes}; and every runtime
 * bundle that uses the API is wired to that bundle, so none was built against another version.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiBaselineIT {
    static final String API = "org.tlang.api";

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(RuntimeBundles.options(),
                bundle(RuntimeBundles.DIR.resolve("org.osgi.service.repository.jar").toUri().toString()),
                bundle(RuntimeBundles.DIR.resolve("biz.aQute.bnd.util.jar").toUri().toString()),
                bundle(RuntimeBundles.DIR.resolve("biz.aQute.bndlib.jar").toUri().toString()),
                systemProperty("tlang.itest.api-baseline").value(System.getProperty("tlang.itest.api-baseline")));
    }

    @Test
    public void theInstalledApiCoversEveryChangeSinceTheRelease() throws Exception {
        File installed = new File(URI.create(api().getLocation()));
        File released = new File(System.getProperty("tlang.itest.api-baseline"));
        List<String> violations = ApiBaselineViolations.of(installed, released);
        assertTrue(String.join("\n", violations), violations.isEmpty());
    }

    @Test
    public void everyRuntimeBundleIsWiredToThisApi() {
        Bundle api = api();
        List<String> elsewhere = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            BundleWiring wiring = b.adapt(BundleWiring.class);
            if (wiring == null || b.getSymbolicName() == null || !b.getSymbolicName().startsWith("org.tlang.") || b.equals(api)) continue;
            for (BundleWire wire : wiring.getRequiredWires("osgi.wiring.package")) {
                String pkg = (String) wire.getCapability().getAttributes().get("osgi.wiring.package");
                if (pkg.startsWith("org.tlang.") && !wire.getProvider().getBundle().equals(api)) elsewhere.add(b.getSymbolicName() + " " + pkg);
            }
        }
        assertEquals(List.of(), elsewhere);
    }

    private Bundle api() {
        return Arrays.stream(context.getBundles()).filter(b -> API.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }
}
