package org.tlang.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import javax.inject.Inject;

import org.junit.Before;
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
import org.tlang.api.TlangRuntime;
import org.tlang.spi.natives.NativeModule;

/**
 * A std module is a service of its bundle: it goes when the bundle stops and comes back when it
 * starts again, by hand or when a program imports the module (the kernel starts its bundle then).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NativeModuleIT {
    static final String DICE = "import std.rand.{Rng};\n\nfn main() {\n    let rng = Rng::seeded(42);\n"
            + "    println(\"{rng.int(1, 7)} {rng.int(1, 7)} {rng.int(1, 7)}\");\n}\n";

    @Inject
    TlangRuntime runtime;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return RuntimeBundles.options();
    }

    @Before
    public void compose() throws Exception {
        runtime.compose(SubsystemSwapIT.PROFILE, "itest.toml");
    }

    @Test
    public void theModuleGoesWithItsBundleAndComesBackWhenItStarts() throws Exception {
        String dice = Programs.output(runtime, "dice.t", DICE);
        Bundle rand = bundle("org.tlang.std.rand");
        assertTrue(registered("std.rand"));

        rand.stop();
        assertFalse(registered("std.rand"));

        rand.start();
        assertTrue(registered("std.rand"));
        assertEquals(dice, Programs.output(runtime, "dice-again.t", DICE));
    }

    @Test
    public void anImportStartsTheStoppedBundle() throws Exception {
        Bundle rand = bundle("org.tlang.std.rand");
        rand.stop();
        assertFalse(registered("std.rand"));

        String dice = Programs.output(runtime, "dice-on-demand.t", DICE);
        assertEquals(3, dice.trim().split(" ").length);
        assertEquals(Bundle.ACTIVE, rand.getState());
        assertTrue(registered("std.rand"));
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

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }
}
