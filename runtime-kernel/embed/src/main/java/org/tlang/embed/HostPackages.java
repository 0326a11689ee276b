package org.tlang.embed;

import org.tlang.api.TlangException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

/**
 * The packages the host exports to the framework, with their versions: those of the API bundle
 * ({@code org.tlang.api}, {@code org.tlang.spi.*}, {@code org.tlang.runtime}, {@code org.tlang.tir})
 * and SLF4J's ({@code org.slf4j.*}, whose provider, Logback, stays inside the host). Each is that
 * bundle's own {@code Export-Package} header, read from its manifest on the host's class path (or,
 * inside the executable jar, where the jars are merged, from the copy kept under {@code tlang/NAME/}).
 */
final class HostPackages {
    static final String API = "org.tlang.api";
    static final String SLF4J = "slf4j.api";

    private HostPackages() {}

    /** The Export-Package header of the API bundle and SLF4J, joined. */
    static String exportHeader() {
        return exportsOf(API, "tlang/api/META-INF/MANIFEST.MF") + "," + firstOfEach(exportsOf(SLF4J, "tlang/slf4j/META-INF/MANIFEST.MF"));
    }

    /**
     * The header with one clause per package, the first: SLF4J exports {@code org.slf4j} at 2.0.x
     * and again at 1.7.36 for old clients, and Felix's system bundle would keep only the last.
     */
    static String firstOfEach(String header) {
        Map<String, String> clauses = new LinkedHashMap<>();
        for (String clause : clauses(header)) clauses.putIfAbsent(clause.split(";", 2)[0].trim(), clause);
        return String.join(",", clauses.values());
    }

    /** The header's clauses: split at the commas outside quotes. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted) {
                clauses.add(header.substring(start, i));
                start = i + 1;
            }
        }
        clauses.add(header.substring(start));
        return clauses;
    }

    private static String exportsOf(String symbolicName, String executableJarCopy) {
        ClassLoader loader = HostPackages.class.getClassLoader();
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                String exports = exportsOf(url, symbolicName);
                if (exports != null) return exports;
            }
            URL copy = loader.getResource(executableJarCopy);
            String exports = copy == null ? null : exportsOf(copy, symbolicName);
            if (exports != null) return exports;
        } catch (IOException e) {
            throw new TlangException("cannot read the manifest of " + symbolicName + ": " + e.getMessage(), e);
        }
        throw new TlangException("the bundle " + symbolicName + " is not on the class path");
    }

    private static String exportsOf(URL manifest, String symbolicName) throws IOException {
        try (InputStream in = manifest.openStream()) {
            var main = new Manifest(in).getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName");
            if (name == null || !name.split(";")[0].trim().equals(symbolicName)) return null;
            return main.getValue("Export-Package");
        }
    }
}
