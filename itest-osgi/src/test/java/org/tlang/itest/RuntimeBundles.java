package org.tlang.itest;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;

/**
 * The bundles of a runtime as the distribution starts them, from the build's own jars
 * ({@code target/bundles}, by {@code file:} URL): the platform at start level 1 (ASM, SPI Fly,
 * SLF4J, Logback; SPI Fly must be up before anything uses ServiceLoader), the rest at level 2. The
 * distribution's host exports the API bundle's packages from its class path; here the API is a
 * bundle like the others, which gives the probe the same packages.
 */
final class RuntimeBundles {
    static final Path DIR = Path.of(System.getProperty("tlang.itest.bundles", "target/bundles"));

    private static final List<String> PLATFORM = List.of("asm", "asm-commons", "asm-tree", "asm-analysis", "asm-util",
            "org.apache.aries.spifly.dynamic.bundle", "slf4j-api", "logback-core", "logback-classic");
    private static final List<String> REST = List.of("org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component",
            "org.apache.felix.scr", "org.apache.felix.configadmin", "jackson-core", "jackson-annotations", "jackson-databind",
            "jackson-dataformat-toml", "tlang-api", "tlang-kernel", "tlang-scheduler-virtual", "tlang-scheduler-pool", "tlang-io-blocking",
            "tlang-io-nio", "tlang-memory-general", "tlang-memory-pooled",
            "tlang-collector-region", "tlang-collector-cleaner", "tlang-collector-refcount", "tlang-jit", "tlang-tier-wasm", "tlang-ffi-panama", "tlang-ffi-counting",
            "tlang-hotpatch", "tlang-std-rand");

    private RuntimeBundles() {}

    /** Every bundle of the runtime, started, and the settings each suite shares. */
    static Option[] options() {
        List<Option> options = new ArrayList<>();
        for (String name : PLATFORM) options.add(jar(name).startLevel(1));
        for (String name : REST) options.add(jar(name).startLevel(2));
        options.add(junitBundles()); // from the local repository, where this module's dependencies put them
        options.add(cleanCaches(true));
        options.add(systemProperty("felix.log.level").value("1"));
        return options.toArray(Option[]::new);
    }

    private static org.ops4j.pax.exam.options.UrlProvisionOption jar(String name) {
        return bundle(DIR.resolve(name + ".jar").toUri().toString());
    }
}
