package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.api.RunRequest;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * The reload-under-load proof, shortened for CI: the counter service runs in the real runtime with
 * {@code --watch}; bench/load/ReloadProof.java drives it while its module is reloaded 20 times and
 * four bad versions are refused. No request may fail, no answer may mix versions, no increment
 * may be lost. (bench/reload.sh runs the full 100 reloads.)
 */
class ReloadUnderLoadIT {
    static Tlang tlang;

    @TempDir
    Path temp;

    @BeforeAll
    static void boot() throws Exception {
        Path home = RuntimeIT.HOME;
        tlang = Tlang.init(BundleSet.directory(home), Files.readString(home.resolve("profiles/default.toml")), "default.toml");
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    @Test
    void reloadsUnderLoadLoseNothing() throws Exception {
        Path service = temp.resolve("counter-service");
        copy(RuntimeIT.ROOT.resolve("examples/counter-service"), service);
        Output out = new Output();
        Output err = new Output();
        Thread.ofPlatform().daemon().name("counter-service").start(() -> tlang.runtime().run(
                new RunRequest(service.resolve("src/main.t"), List.of("0"), out.stream, err.stream, true).allowing(List.of("net=127.0.0.1:*"))));
        String started = out.await(t -> t.contains("listening on "), Duration.ofSeconds(30), "the service to listen");
        Matcher url = Pattern.compile("listening on (http\\S+)").matcher(started);
        assertTrue(url.find(), started);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                RuntimeIT.ROOT.resolve("bench/load/ReloadProof.java").toString(),
                "--url", url.group(1), "--module", service.resolve("src/counter/api.t").toString(),
                "--rate", "100", "--clients", "32", "--warmup", "1", "--steady", "2", "--reloads", "20", "--interval-ms", "150"));
        CommandLineIT.Result proof = CommandLineIT.exec(command);

        String result = proof.out().lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse("");
        assertEquals(0, proof.status(), proof.out() + proof.err() + "\nservice stderr:\n" + err.text());
        assertTrue(result.contains(" failed=0 mixed=0 lost=0 reloads=20 refused=4/4 "), result);
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
