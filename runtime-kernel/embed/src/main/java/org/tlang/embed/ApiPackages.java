package org.tlang.embed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.jar.Manifest;

/**
 * The packages of the API bundle ({@code org.tlang.api}, {@code org.tlang.spi.*},
 * {@code org.tlang.runtime}, {@code org.tlang.tir}) with their versions, as the host exports them
 * to the framework: the API bundle's own {@code Export-Package} header, read from its manifest on
 * the host's class path (or, inside the executable jar, from the copy kept under {@code tlang/api/}).
 */
final class ApiPackages {
    static final String SYMBOLIC_NAME = "org.tlang.api";
    private static final String EXECUTABLE_JAR_COPY = "tlang/api/META-INF/MANIFEST.MF";

    private ApiPackages() {}

    /** The Export-Package header of the API bundle. */
    static String exportHeader() {
        ClassLoader loader = ApiPackages.class.getClassLoader();
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                String exports = exportsOf(url);
                if (exports != null) return exports;
            }
            URL copy = loader.getResource(EXECUTABLE_JAR_COPY);
            String exports = copy == null ? null : exportsOf(copy);
            if (exports != null) return exports;
        } catch (IOException e) {
            throw new TlangException("cannot read the API bundle's manifest: " + e.getMessage(), e);
        }
        throw new TlangException("the API bundle (" + SYMBOLIC_NAME + ") is not on the class path");
    }

    private static String exportsOf(URL manifest) throws IOException {
        try (InputStream in = manifest.openStream()) {
            var main = new Manifest(in).getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName");
            if (name == null || !name.split(";")[0].trim().equals(SYMBOLIC_NAME)) return null;
            return main.getValue("Export-Package");
        }
    }
}
