package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three runtimes (three JVMs) on loopback form a Hazelcast cluster from their profiles' [cluster]
 * tables; a T program uses members, spawn (of functions of modules only it has, one importing
 * another), a map, a topic and an actor, then one member is killed (SIGKILL) while it runs tasks:
 * each of those tasks is reported failed to its caller, an idempotent one runs again elsewhere, no
 * entry of the map (one backup) is lost, and the cluster goes on serving. Three more runtimes take
 * a reload offered to the cluster (tlang admin reload --cluster) all together, or refuse it all.
 */
class ClusterIT {
    private static final Path PROGRAMS = Path.of("src/test/resources/t/cluster").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void threeMembersServeTasksMapsTopicsAndActorsAndSurviveAKill() throws Exception {
        int[] ports = freePorts(3);
        List<Path> profiles = new ArrayList<>();
        for (int port : ports) profiles.add(profile(port, ports));
        try (Launched victim = run(profiles.get(1), "worker.t");
             Launched worker = run(profiles.get(2), "worker.t")) {
            awaitServing(victim);
            awaitServing(worker);
            try (Launched driver = run(profiles.get(0), "driver.t", Integer.toString(ports[1]))) {
                driver.out.await(t -> t.contains("loaded") || t.contains("panic"), Duration.ofSeconds(60), "the driver to load the cluster");
                CommandLineIT.Result status = CommandLineIT.tlang("admin", "--pid", Long.toString(worker.process.pid()), "status");
                assertTrue(status.out().contains("cluster: hazelcast") && status.out().contains("member 127.0.0.1:" + ports[0])
                        && status.out().contains("member 127.0.0.1:" + ports[2] + " ") && status.out().contains("(this one)"), status.out() + status.err());
                victim.process.destroyForcibly(); // SIGKILL: no goodbye to the cluster
                assertTrue(driver.exited(60), "the driver still runs:\n" + driver.out.text() + driver.err.text());
                String out = driver.out.text();
                assertEquals(0, driver.process.exitValue(), out + driver.err.text());
                assertTrue(out.contains("members 3\n"), out);
                assertTrue(out.contains("spawn Ok(42)\n"), out);
                assertTrue(out.contains("on self Ok(49)\n") && out.split("on other Ok\\(49\\)\n", -1).length == 3, out);
                assertTrue(out.contains("fetched Ok(27)\n"), out);
                assertTrue(out.contains("fetched with its import Ok(28)\n"), out);
                assertTrue(out.contains("map 2000 Some(\"v7!\") None\n"), out);
                assertTrue(out.contains("news Some(\"hello from a worker\") Some(\"hello from a worker\")\n"), out);
                assertTrue(out.contains("actor Ok(5)\n") && out.contains("actor from a worker Ok(7)\n"), out);
                assertTrue(out.contains("failed: member 127.0.0.1:" + ports[1] + " left the cluster before it answered\n"), out);
                assertTrue(out.contains("held tasks failed 6\n"), out);
                assertTrue(out.contains("idempotent tasks done elsewhere 3, one started on the killed member Some(1)\n"), out);
                assertTrue(out.contains("entries 3000 lost 0\n"), out);
                assertTrue(out.contains("after 2 members Ok(9)\n"), out);
            }
        }
    }

    /**
     * Three members, each running counter.t from a folder of its own; the third also runs client.t,
     * which uses counter.legacy. A reload offered from the first member's file is taken by all (each
     * keeps its count); one that drops legacy is refused by the third, and all keep the old version.
     */
    @Test
    void aReloadOfferedToTheClusterSwitchesEveryMemberOrNone() throws Exception {
        int[] ports = freePorts(3);
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path folder = Files.createDirectories(temp.resolve("program-" + i));
            try (var files = Files.list(PROGRAMS.resolve("reload"))) {
                for (Path f : files.toList()) Files.copy(f, folder.resolve(f.getFileName()));
            }
            folders.add(folder);
        }
        List<Launched> members = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                String main = i == 2 ? "member_client.t" : "member.t";
                members.add(run(profile(ports[i], ports), folders.get(i).resolve(main).toString()));
            }
            for (Launched m : members) awaitServing(m);
            for (Launched m : members) m.out.await(t -> t.contains("now v1 hits 1\n"), Duration.ofSeconds(30), "v1 to run");
            Path counter = folders.get(0).resolve("counter.t");
            String v1 = Files.readString(counter);
            String pid = Long.toString(members.get(0).process.pid());

            Files.writeString(counter, v1.replace("\"v1\"", "\"v2\""));
            CommandLineIT.Result taken = CommandLineIT.tlang("admin", "--pid", pid, "reload", "--cluster", counter.toString());
            assertEquals(0, taken.status(), taken.out() + taken.err());
            assertTrue(taken.out().contains("cluster reload of counter: every member (3) took it"), taken.out());
            for (Launched m : members) {
                m.out.await(t -> t.contains("now v2 hits "), Duration.ofSeconds(30), "v2 to run on every member");
                String line = m.out.text().lines().filter(l -> l.startsWith("now v2 hits ")).findFirst().orElseThrow();
                assertTrue(Integer.parseInt(line.substring("now v2 hits ".length())) > 1, "the count started over: " + line);
            }

            Files.writeString(counter, v1.replace("\"v1\"", "\"v3\"").replaceFirst("(?s)/// Used only.*", ""));
            CommandLineIT.Result refused = CommandLineIT.tlang("admin", "--pid", pid, "reload", "--cluster", counter.toString());
            assertEquals(1, refused.status(), refused.out() + refused.err());
            assertTrue(refused.err().contains("cluster reload of counter refused by member 127.0.0.1:" + ports[2] + "; every member keeps the old versions"),
                    refused.err());
            assertTrue(refused.err().contains("removes or hides `legacy`, which client"), refused.err());
            assertTrue(!refused.err().contains("Exception"), refused.err());
            for (Launched m : members) {
                CommandLineIT.Result versions = CommandLineIT.tlang("admin", "--pid", Long.toString(m.process.pid()), "versions");
                assertTrue(versions.out().contains("counter v2 ("), versions.out() + versions.err());
                assertTrue(!m.out.text().contains("now v3"), m.out.text());
            }

            // a module only the third member runs: the others vote yes and change nothing
            CommandLineIT.Result client = CommandLineIT.tlang("admin", "--pid", Long.toString(members.get(2).process.pid()), "reload", "--cluster",
                    folders.get(2).resolve("client.t").toString());
            assertEquals(0, client.status(), client.out() + client.err());
            assertTrue(client.out().contains("(this one): reloaded client") && client.out().split("runs none of these modules", -1).length == 3, client.out());

            CommandLineIT.Result usage = CommandLineIT.tlang("admin", "--pid", pid, "reload", "--cluster", folders.get(0).resolve("nothing.t").toString());
            assertEquals(1, usage.status(), usage.out() + usage.err());
            assertTrue(usage.err().contains("nothing.t is not a module of the program running here"), usage.err());
        } finally {
            for (Launched m : members) m.close();
        }
    }

    @Test
    void wrongClusterSettingsAreRefusedNamingTheKeyAndNothingJoins() throws Exception {
        Path profile = temp.resolve("bad.toml");
        Files.writeString(profile, Files.readString(CommandLineIT.HOME.resolve("profiles/default.toml"))
                + "\n[cluster]\nimpl = \"hazelcast\"\nmembers = \"127.0.0.1:5701\"\nport = 0\n");
        CommandLineIT.Result r = CommandLineIT.tlang("run", "--profile", profile.toString(), CommandLineIT.ROOT.resolve("examples/hello.t").toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("'cluster.members' must be a list of strings, not \"127.0.0.1:5701\""), r.err());
        assertTrue(r.err().contains("'cluster.port' must be between 1 and 65535, got 0"), r.err());
        assertTrue(!r.err().contains("Exception") && !r.out().contains("Hello"), r.out() + r.err());
    }

    private static void awaitServing(Launched worker) throws InterruptedException {
        try {
            worker.out.await(t -> t.contains("serving"), Duration.ofSeconds(60), "a worker to join");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nstderr:\n" + worker.err.text());
        }
    }

    private Launched run(Path profile, String program, String... args) throws IOException {
        List<String> command = CommandLineIT.launcher();
        command.addAll(List.of("run", "--profile", profile.toString(), PROGRAMS.resolve(program).toString()));
        command.addAll(List.of(args));
        return new Launched(command);
    }

    /** The default profile with a [cluster] table: these ports on loopback, a killed member seen within 3 s. */
    private Path profile(int port, int[] all) throws IOException {
        StringBuilder members = new StringBuilder();
        for (int p : all) members.append(members.isEmpty() ? "" : ", ").append("\"127.0.0.1:").append(p).append('"');
        String base = Files.readString(CommandLineIT.HOME.resolve("profiles/default.toml"))
                .replaceFirst("start-timeout-ms = \\d+", "start-timeout-ms = 60000");
        Path file = temp.resolve("member-" + port + ".toml");
        Files.writeString(file, base + "\n[cluster]\nimpl = \"hazelcast\"\nname = \"cluster-it-" + ProcessHandle.current().pid() + "\"\n"
                + "members = [" + members + "]\nport = " + port + "\nport-count = 1\nfailure-timeout-ms = 3000\nbackups = 1\n");
        return file;
    }

    private static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                open.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : open) s.close();
        }
        return ports;
    }
}
