package org.tlang.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.FrameworkUtil;
import org.tlang.api.SwapResult;
import org.tlang.api.TlangRuntime;

/**
 * The kernel binds what a profile names and swaps each kind of subsystem on the running runtime:
 * after each swap the new implementation is bound and a program runs on it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SubsystemSwapIT {
    static final String PROFILE = "[scheduler]\nimpl = \"virtual\"\n[io]\nimpl = \"blocking\"\n"
            + "[allocator]\nimpl = \"general\"\n[collector]\nimpl = \"region\"\n[tier]\nimpl = \"interp\"\n[ffi]\nimpl = \"panama\"\n";
    static final String SUM = "fn main() {\n    let mut total = 0;\n    let mut i = 0;\n"
            + "    while i < 1000 {\n        total = total + i;\n        i = i + 1;\n    }\n    println(\"sum {total}\");\n}\n";

    @Inject
    TlangRuntime runtime;

    @Configuration
    public Option[] config() {
        return RuntimeBundles.options();
    }

    @Before
    public void compose() throws Exception {
        runtime.compose(PROFILE, "itest.toml");
    }

    @Test
    public void theProfileIsBound() {
        assertNotNull("the test runs in the framework, as a bundle", FrameworkUtil.getBundle(getClass()));
        assertEquals(Map.of("scheduler", "virtual", "io", "blocking", "allocator", "general", "collector", "region", "tier", "interp",
                "ffi", "panama"), runtime.bindings());
    }

    @Test
    public void scheduler() throws Exception {
        swapsTo("scheduler", "pool");
    }

    @Test
    public void io() throws Exception {
        swapsTo("io", "nio");
    }

    @Test
    public void allocator() throws Exception {
        swapsTo("allocator", "pooled");
    }

    @Test
    public void collector() throws Exception {
        swapsTo("collector", "cleaner");
        swapsTo("collector", "refcount");
    }

    @Test
    public void tier() throws Exception {
        swapsTo("tier", "jit");
        swapsTo("tier", "wasm");
    }

    @Test
    public void ffi() throws Exception {
        swapsTo("ffi", "counting");
    }

    private void swapsTo(String kind, String name) throws Exception {
        SwapResult result = runtime.swap(kind, name, Map.of(), Duration.ofSeconds(5));
        assertTrue(result.message(), result.swapped());
        assertEquals(name, runtime.bindings().get(kind));
        assertEquals("sum 499500\n", Programs.output(runtime, kind + ".t", SUM));
    }
}
