package org.tlang.modules;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tlang.lang.check.ModuleInterface;
import org.tlang.lang.source.Diagnostic;
import org.tlang.spi.natives.NativeFunction;
import org.tlang.spi.natives.NativeModule;

/** `tlang check FILE.t`: compiles a file and its imports and reports every diagnostic; nothing runs. */
public final class Compiler {
    private Compiler() {}

    public static List<Diagnostic> check(Path file) {
        return check(file, List.of());
    }

    /** As {@link #check(Path)}, with Java-implemented modules ({@code std.*}) importable. */
    public static List<Diagnostic> check(Path file, List<NativeModule> natives) {
        Map<String, ModuleInterface> known = new HashMap<>();
        for (NativeModule n : natives) {
            Map<String, String> sigs = new java.util.LinkedHashMap<>();
            for (NativeFunction f : n.functions()) sigs.put(f.name(), f.signature());
            known.put(n.name(), ModuleInterface.ofNative(n.name(), sigs));
        }
        return BigStack.call(() -> FrontEnd.compile(file, known::get).diagnostics());
    }
}
