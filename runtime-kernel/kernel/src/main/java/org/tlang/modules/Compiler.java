package org.tlang.modules;

import java.nio.file.Path;
import java.util.List;
import org.tlang.lang.source.Diagnostic;

/** `tlang check FILE.t`: compiles a file and its imports and reports every diagnostic; nothing runs. */
public final class Compiler {
    private Compiler() {}

    public static List<Diagnostic> check(Path file) {
        return FrontEnd.compile(file, name -> null).diagnostics();
    }
}
