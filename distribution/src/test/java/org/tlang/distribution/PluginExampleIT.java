package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/plugin/demo.sh} as a newcomer runs it: its answers are the ones its README
 * promises. Its {@code tlang} is the launcher this build made, as the script runs it, not the
 * script itself (which would rebuild the runtime when a source changed during the test run).
 */
class PluginExampleIT {
    @TempDir
    Path temp;

    @Test
    void theDemoInstallsAPluginIntoTheRunningCounterService() throws Exception {
        List<String> launcher = CommandLineIT.launcher();
        int cp = launcher.indexOf("-cp");
        StringBuilder script = new StringBuilder("#!/usr/bin/env bash\n# shellcheck disable=SC2086\nexec");
        for (String word : launcher.subList(0, cp)) script.append(" '").append(word).append('\'');
        script.append(" ${TLANG_JAVA_OPTS:-}");
        for (String word : launcher.subList(cp, launcher.size())) script.append(" '").append(word).append('\'');
        Path tlang = Files.writeString(temp.resolve("tlang"), script.append(" \"$@\"\n").toString());
        Files.setPosixFilePermissions(tlang, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = List.of("bash", CommandLineIT.ROOT.resolve("examples/plugin/demo.sh").toString());
        try (Launched demo = new Launched(command, new File("/dev/null"), Map.of("TLANG", tlang.toString()))) {
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
