package org.tlang.modules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tlang.lang.check.ModuleInterface;
import org.tlang.tir.TModule;

/** One version of a module as loaded into a registry. Immutable. */
public final class LoadedModule {
    private final String name;
    private final Path file;
    private final ModuleInterface iface;
    private final TModule tir;
    private final Map<String, String> uses;
    private final int version;
    private final List<org.tlang.api.Diagnostic> warnings;
    private final String source;

    LoadedModule(String name, Path file, ModuleInterface iface, TModule tir, Map<String, String> uses, int version,
                 List<org.tlang.api.Diagnostic> warnings, String source) {
        this.warnings = List.copyOf(warnings);
        this.source = source;
        this.name = name;
        this.file = file;
        this.iface = iface;
        this.tir = tir;
        this.uses = Map.copyOf(uses);
        this.version = version;
    }

    public String name() {
        return name;
    }

    public Path file() {
        return file;
    }

    /** The source text this version was compiled from (the file may have changed since). */
    public String source() {
        return source;
    }

    /** 1 for the first load, incremented by each applied reload. */
    public int version() {
        return version;
    }

    ModuleInterface iface() {
        return iface;
    }

    public TModule tir() {
        return tir;
    }

    /** Items of other modules this version uses ({@code module.item}) and the signature it was checked against. */
    public Map<String, String> uses() {
        return uses;
    }

    /** The warnings compiling this version gave (for the runner to show); errors never get this far. */
    public List<org.tlang.api.Diagnostic> warnings() {
        return warnings;
    }

    /** Names of the `test fn`s of this version. */
    public List<String> tests() {
        return tir.tests();
    }

    @Override
    public String toString() {
        return name + " v" + version + " (" + file + ")";
    }
}
