package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code examples/plugin/demo.sh} as a newcomer runs it: its answers are the ones its README promises. */
class PluginExampleIT {
    @Test
    void theDemoInstallsAPluginIntoTheRunningCounterService() throws Exception {
        List<String> command = List.of("bash", CommandLineIT.ROOT.resolve("examples/plugin/demo.sh").toString());
        try (Launched demo = new Launched(command, new File("/dev/null"), Map.of("TLANG_AOT", "0"))) {
            if (!demo.exited(300)) fail("the demo did not finish within 300 s:\n" + demo.out.text() + demo.err.text());
            String out = demo.out.text();
            assertEquals(0, demo.process.exitValue(), out + demo.err.text());
            String err = demo.err.text();
            assertTrue(out.contains("before: {\"name\":\"apples\",\"count\":1,\"version\":\"1\"}\nhealth: ok\n"), out);
            assertTrue((out + err).contains("installed greeting 1.0.0, signed by acme\ninstalled textcase 1.0.0, signed by acme\n"), out + err);
            assertTrue(out.contains("health: hello from COUNTERS!\nafter: {\"name\":\"apples\",\"count\":2,\"version\":\"1\"}\n"), out);
        }
    }
}
