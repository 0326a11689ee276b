package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.instruction.ConstantInstruction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.FrameworkWiring;
import org.tlang.api.RunRequest;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/**
 * Native modules are services: a std bundle updated in a running runtime serves the next calls of
 * the programs running, on every tier, and an update that would break them is refused with the old
 * version serving. The updated {@code std.json} is the shipped one with its T source changed
 * ({@code Json.is_null} answers false), rewritten here with {@code java.lang.classfile}.
 */
class NativeUpdateIT {
    static final String PROGRAM = """
            import std.fs;
            import std.json;
            import std.time;

            static mut ticks: Int = 0;

            fn main(args: Vec<Str>) {
                let mut longest = 0;
                loop {
                    ticks += 1;
                    let started = time.now();
                    let doc = json.decode("null").unwrap();
                    let text = json.encode(ticks);
                    longest = if started.elapsed_ms() > longest { started.elapsed_ms() } else { longest };
                    println("{ticks} {doc.is_null()} {text}");
                    if fs.exists(args[0]) { break; }
                    sleep(5);
                }
                println("longest call {longest} ms");
            }
            """;

    static Tlang tlang;
    static byte[] shipped;

    @TempDir
    Path temp;

    @BeforeAll
    static void boot() throws Exception {
        Path home = RuntimeIT.HOME;
        tlang = Tlang.init(BundleSet.directory(home), Files.readString(home.resolve("profiles/default.toml")), "default.toml");
        shipped = Files.readAllBytes(home.resolve("std/tlang-std-json.jar"));
    }

    @AfterAll
    static void shutdown() {
        if (tlang != null) tlang.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"interp", "jit", "tiered"})
    void anUpdatedStdJsonServesTheRunningProgramsNextCalls(String tier) throws Exception {
        if (!tier.equals(tlang.runtime().bindings().get("tier"))) {
            assertTrue(tlang.runtime().swap("tier", tier, Map.of(), Duration.ofSeconds(10)).swapped());
        }
        Path stop = temp.resolve("stop");
        Running program = start(stop);
        program.await(t -> t.contains("\n20 true 20\n"), Duration.ofSeconds(30), "the program to call std.json twenty times");

        update(rewritten("Json::Null => true", "Json::Null => false", "0.1.1"));
        program.await(t -> t.contains(" false "), Duration.ofSeconds(30), "the updated std.json to answer the program's next call");
        int switched = lineOf(program.out.text(), " false ");
        update(shipped);
        program.await(t -> t.indexOf(" true ", t.indexOf(" false ")) > 0, Duration.ofSeconds(30), "the shipped std.json to serve again");

        Files.writeString(stop, "");
        assertEquals(0, program.status.get(30, TimeUnit.SECONDS), program.err.text());
        List<String> lines = program.out.text().lines().toList();
        String longest = lines.getLast();
        System.out.println(tier + ": " + longest + " (the calls held while std.json was between two revisions)");
        lines = lines.subList(0, lines.size() - 1);
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(" ");
            assertEquals(String.valueOf(i + 1), fields[0], "no call lost and the static kept across both updates: " + lines.get(i));
            assertEquals(fields[0], fields[2], "std.json's Java functions answer on either version: " + lines.get(i));
        }
        assertTrue(switched > 20, "the update switched the program while it ran (line " + switched + ")");
        assertEquals("", program.err.text());
    }

    @Test
    void anUpdateThatChangesASignatureIsRefusedAndTheOldVersionServes() throws Exception {
        Path stop = temp.resolve("stop");
        Running program = start(stop);
        program.await(t -> t.contains("\n5 true 5\n"), Duration.ofSeconds(30), "the program to run");
        try {
            update(rewritten("fn(Str) -> Result<Json, Str>", "fn(Str) -> Option<Json>", "0.1.2"));
            String before = program.out.text();
            program.await(t -> t.length() > before.length() + 40, Duration.ofSeconds(30), "the program to keep running");
            Files.writeString(stop, "");
            assertEquals(0, program.status.get(30, TimeUnit.SECONDS), program.err.text());
            assertTrue(program.out.text().lines().filter(l -> !l.startsWith("longest")).allMatch(l -> l.split(" ")[1].equals("true")),
                    program.out.text());
        } finally {
            update(shipped);
        }
    }

    private record Running(CompletableFuture<Integer> status, Output out, Output err) {
        /** Waits for the program's output to satisfy {@code condition}; a failure shows what it wrote to stderr too. */
        void await(java.util.function.Predicate<String> condition, Duration timeout, String what) throws InterruptedException {
            try {
                out.await(condition, timeout, what);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nstderr:\n" + err.text() + (status.isDone() ? "\nstatus: " + status.join() : ""));
            }
        }
    }

    private Running start(Path stop) throws IOException {
        Path main = temp.resolve("json_ticker.t");
        Files.writeString(main, PROGRAM);
        Output out = new Output();
        Output err = new Output();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() ->
                RuntimeIT.status(tlang.runtime().run(new RunRequest(main, List.of(stop.toString()), out.stream, err.stream, false)), err));
        return new Running(status, out, err);
    }

    /** Updates the std.json bundle in place (as an operator's `bundle:update` would) and refreshes what used the old revision. */
    private static void update(byte[] jar) throws Exception {
        Bundle json = null;
        for (Bundle b : tlang.framework().getBundleContext().getBundles()) if ("org.tlang.std.json".equals(b.getSymbolicName())) json = b;
        assertTrue(json != null, "std.json is installed");
        json.update(new ByteArrayInputStream(jar));
        // started by a program's import (transiently), so the update leaves it resolved: start it before the refresh takes the old revision away
        if (json.getState() != Bundle.ACTIVE) json.start(Bundle.START_TRANSIENT);
        CompletableFuture<Void> refreshed = new CompletableFuture<>();
        tlang.framework().adapt(FrameworkWiring.class).refreshBundles(List.of(json), e -> refreshed.complete(null));
        refreshed.get(30, TimeUnit.SECONDS);
        assertEquals(Bundle.ACTIVE, json.getState(), "std.json is active again after the refresh");
    }

    /** The shipped std.json jar, its T source (or a signature) with {@code from} replaced by {@code to}, as bundle version {@code version}. */
    private static byte[] rewritten(String from, String to, String version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] found = {false};
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(shipped))) {
            var manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    byte[] content = in.readAllBytes();
                    if (e.getName().equals("org/tlang/std/json/JsonModule.class")) {
                        CodeTransform replace = (code, element) -> {
                            if (element instanceof ConstantInstruction c && c.constantValue() instanceof String s && s.contains(from)) {
                                found[0] = true;
                                code.ldc(s.replace(from, to));
                            } else {
                                code.with(element);
                            }
                        };
                        ClassFile cf = ClassFile.of();
                        content = cf.transformClass(cf.parse(content), ClassTransform.transformingMethodBodies(replace));
                    }
                    out.putNextEntry(new JarEntry(e.getName()));
                    out.write(content);
                    out.closeEntry();
                }
            }
        }
        assertTrue(found[0], "JsonModule.class has a constant with " + from);
        return bytes.toByteArray();
    }

    private static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(part)) return i + 1;
        return -1;
    }
}
