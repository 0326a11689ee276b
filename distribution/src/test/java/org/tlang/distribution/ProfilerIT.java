package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tlang profile}: a program with one hot function shows it on top, with its T file and line. */
class ProfilerIT {
    @TempDir
    Path temp;

    @Test
    void theHotFunctionIsOnTopOfTheCpuFlamegraph() throws Exception {
        Path program = Path.of("src/test/resources/t/profile/hotcold.t").toAbsolutePath();
        CommandLineIT.Result r = CommandLineIT.tlang("profile", "--out", temp.toString(), program.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("tlang: profile written to " + temp.resolve("hotcold.profile.html")), r.err());
        List<String> cpu = Files.readAllLines(temp.resolve("hotcold.cpu.collapsed"));
        assertTrue(!cpu.isEmpty(), "no CPU samples");
        // heaviest first: main calling hot, at hot's loop
        assertTrue(cpu.getFirst().startsWith("hotcold.main (hotcold.t:15);hotcold.hot (hotcold.t:4) "), String.join("\n", cpu));
        long hot = cpu.stream().filter(l -> l.contains("hotcold.hot")).mapToLong(ProfilerIT::weight).sum();
        long all = cpu.stream().mapToLong(ProfilerIT::weight).sum();
        assertTrue(hot * 10 >= all * 7, "hot has " + hot + " of " + all + " samples");
        assertTrue(cpu.stream().noneMatch(l -> l.contains("org.tlang") || l.contains("java.")), "only T frames: " + cpu);
        List<String> alloc = Files.readAllLines(temp.resolve("hotcold.alloc.collapsed"));
        assertTrue(alloc.stream().anyMatch(l -> l.contains("hotcold.builds")), "the allocating function: " + alloc);
        String html = Files.readString(temp.resolve("hotcold.profile.html"));
        assertTrue(html.startsWith("<!doctype html>") && html.contains("<svg") && html.contains("hotcold.hot (hotcold.t:4)"), html);
    }

    private static long weight(String line) {
        return Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
    }

    @Test
    void theAdminChannelProfilesARunningProgram() throws Exception {
        Path program = Path.of("src/test/resources/t/profile/spin.t").toAbsolutePath();
        List<String> command = CommandLineIT.launcher();
        command.addAll(List.of("run", "--tier", "jit", "--max-ms", "30000", program.toString()));
        try (Launched running = new Launched(command)) {
            running.out.await(t -> t.contains("started"), java.time.Duration.ofSeconds(30), "the program to start");
            CommandLineIT.Result r = CommandLineIT.tlang("admin", "--pid", Long.toString(running.process.pid()), "profile", "--seconds", "2", temp.toString());
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("profile of 2 s written to " + temp.resolve("spin.profile.html")), r.out());
            List<String> cpu = Files.readAllLines(temp.resolve("spin.cpu.collapsed"));
            assertTrue(!cpu.isEmpty() && cpu.getFirst().startsWith("spin.main (spin.t:10);spin.spin (spin.t:4) "), String.join("\n", cpu));
            CommandLineIT.Result bad = CommandLineIT.tlang("admin", "--pid", Long.toString(running.process.pid()), "profile", "--seconds", "0", temp.toString());
            assertEquals(2, bad.status(), bad.err());
            assertTrue(bad.err().contains("profile: SECONDS must be 1 to 3600, not '0'"), bad.err());
        }
    }
}
