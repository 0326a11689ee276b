package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.tlang.api.RunRequest;
import org.tlang.embed.BundleSet;
import org.tlang.embed.Tlang;

/** The std bundles (the distribution's std/) cost a runtime nothing until a program imports their module. */
class StdOnDemandIT {
    @TempDir
    Path temp;

    @Test
    void aStdBundleStartsWhenAProgramFirstImportsItsModule() throws Exception {
        Path home = RuntimeIT.HOME;
        try (Tlang tlang = Tlang.init(BundleSet.directory(home), Files.readString(home.resolve("profiles/default.toml")), "default.toml")) {
            for (Bundle b : tlang.framework().getBundleContext().getBundles()) {
                if (b.getLocation().contains("/std/")) assertEquals(Bundle.INSTALLED, b.getState(), b.getSymbolicName() + " before any import");
            }
            Path main = temp.resolve("main.t");
            Files.writeString(main, "import std.fs;\nfn main() { println(fs.exists(\"" + main + "\")); }\n");
            Output out = new Output();
            Output err = new Output();
            int status = RuntimeIT.status(tlang.runtime().run(new RunRequest(main, List.of(), out.stream, err.stream, false)), err);
            assertEquals(0, status, err.text());
            assertEquals("true\n", out.text());
            assertEquals(Bundle.ACTIVE, state(tlang, "org.tlang.std.fs"));
            assertEquals(Bundle.ACTIVE, state(tlang, "org.tlang.std.io"), "std.fs imports std.io");
            assertEquals(Bundle.INSTALLED, state(tlang, "org.tlang.std.http"), "never imported");
            assertEquals(Bundle.INSTALLED, state(tlang, "org.eclipse.jetty.server"), "used by std.http only");
        }
    }

    private static int state(Tlang tlang, String symbolicName) {
        for (Bundle b : tlang.framework().getBundleContext().getBundles()) if (symbolicName.equals(b.getSymbolicName())) return b.getState();
        throw new AssertionError("no bundle " + symbolicName);
    }
}
