package org.tlang.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.tlang.api.TlangRuntime;
import org.tlang.embed.fake.KernelActivator;

/**
 * Boots a real framework with a stand-in SLF4J (platform) and a stand-in kernel (start level 2): the
 * kernel must start only once logging is bound, although binding now runs beside the installs.
 */
class BootOrderTest {

    @Test
    void theKernelStartsAfterLoggingIsBound(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(BundleSet.PLATFORM));
        Files.createDirectories(home.resolve(BundleSet.BUNDLES));
        bundle(home.resolve(BundleSet.PLATFORM).resolve("slf4j.jar"), "test.slf4j",
                "Export-Package", "org.slf4j;version=2.0.0",
                org.slf4j.LoggerFactory.class);
        bundle(home.resolve(BundleSet.BUNDLES).resolve("kernel.jar"), "test.kernel",
                "Bundle-Activator", KernelActivator.class.getName(),
                "Import-Package", "org.slf4j, org.osgi.framework, org.tlang.api",
                KernelActivator.class);

        Tlang tlang = Tlang.boot(BundleSet.directory(home));
        try {
            var context = tlang.framework().getBundleContext();
            var reference = context.getServiceReference(TlangRuntime.class);
            assertEquals(true, reference.getProperty("loggingBound"));
            Bundle slf4j = null;
            Bundle kernel = null;
            for (Bundle b : context.getBundles()) {
                if ("test.slf4j".equals(b.getSymbolicName())) slf4j = b;
                if ("test.kernel".equals(b.getSymbolicName())) kernel = b;
            }
            assertEquals(1, slf4j.adapt(BundleStartLevel.class).getStartLevel());
            assertEquals(2, kernel.adapt(BundleStartLevel.class).getStartLevel());
            assertEquals(Bundle.ACTIVE, kernel.getState());
            assertNotSame(org.slf4j.LoggerFactory.class, slf4j.loadClass("org.slf4j.LoggerFactory"), "the bundle's own copy");
        } finally {
            tlang.close();
        }
    }

    /** Writes a bundle of {@code classes} (copied from the test class path) with the given extra headers. */
    private static void bundle(Path jar, String name, Object... headersThenClasses) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", "1.0.0");
        int i = 0;
        for (; i + 1 < headersThenClasses.length && headersThenClasses[i] instanceof String header; i += 2) {
            main.putValue(header, (String) headersThenClasses[i + 1]);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out, manifest)) {
            for (; i < headersThenClasses.length; i++) {
                Class<?> type = (Class<?>) headersThenClasses[i];
                String resource = type.getName().replace('.', '/') + ".class";
                jos.putNextEntry(new JarEntry(resource));
                try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
                    in.transferTo(jos);
                }
                jos.closeEntry();
            }
        }
    }
}
