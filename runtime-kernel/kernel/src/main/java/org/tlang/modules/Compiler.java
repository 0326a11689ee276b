package org.tlang.modules;

import java.nio.file.Path;
import java.util.List;
import org.tlang.api.Diagnostic;
import org.tlang.runtime.ProgramIo;
import org.tlang.spi.natives.NativeModule;

/** `tlang check FILE.t`: compiles a file and its imports and reports every diagnostic; nothing runs. */
public final class Compiler {
    private Compiler() {}

    public static List<Diagnostic> check(Path file) {
        return check(file, List.of());
    }

    /** As {@link #check(Path)}, with Java-implemented modules ({@code std.*}) importable. */
    public static List<Diagnostic> check(Path file, List<NativeModule> natives) {
        return check(file, natives, NativeStarter.NONE);
    }

    /** As {@link #check(Path, List)}; an import of a module that is not among them asks {@code starter}. */
    public static List<Diagnostic> check(Path file, List<NativeModule> natives, NativeStarter starter) {
        return check(file, natives, starter, Imports.SOURCE_ROOT);
    }

    /** As {@link #check(Path, List, NativeStarter)}, with imports found (and refused) by {@code imports}: a package's graph. */
    public static List<Diagnostic> check(Path file, List<NativeModule> natives, NativeStarter starter, Imports imports) {
        ProgramIo io = new ProgramIo(System.out, System.err);
        ModuleRegistry registry = new ModuleRegistry(new RuntimeHost() {
            @Override
            public ProgramIo io() {
                return io;
            }

            @Override
            public org.tlang.spi.scheduler.Scheduler scheduler() {
                throw new IllegalStateException("nothing runs under `tlang check`");
            }
        }, imports);
        registry.addNatives(natives, starter);
        return BigStack.call(() -> FrontEnd.compile(ModuleNames.canonical(file), imports, registry::interfaceOf).diagnostics());
    }
}
