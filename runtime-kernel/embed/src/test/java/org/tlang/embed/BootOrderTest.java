package org.tlang.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
 * Boots a real framework with a stand-in kernel (start level 2) that imports {@code org.slf4j}: it
 * gets the host's SLF4J through the system bundle, bound to the host's Logback before it starts.
 */
class BootOrderTest {

    @Test
    void theKernelLogsThroughTheHostsSlf4jBoundBeforeItStarts(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(BundleSet.PLATFORM));
        Files.createDirectories(home.resolve(BundleSet.BUNDLES));
        bundle(home.resolve(BundleSet.BUNDLES).resolve("kernel.jar"), "test.kernel",
                "Bundle-Activator", KernelActivator.class.getName(),
                "Import-Package", "org.slf4j;version=\"[2.0,3)\", org.osgi.framework, org.tlang.api",
                KernelActivator.class);

        Tlang tlang = Tlang.boot(BundleSet.directory(home));
        try {
            var context = tlang.framework().getBundleContext();
            var reference = context.getServiceReference(TlangRuntime.class);
            assertSame(org.slf4j.LoggerFactory.class, reference.getProperty("slf4j"), "the host's SLF4J");
            assertEquals("ch.qos.logback.classic.LoggerContext", reference.getProperty("loggerFactory"));
            Bundle kernel = null;
            for (Bundle b : context.getBundles()) {
                if ("test.kernel".equals(b.getSymbolicName())) kernel = b;
            }
            assertEquals(2, kernel.adapt(BundleStartLevel.class).getStartLevel());
            assertEquals(Bundle.ACTIVE, kernel.getState());
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
