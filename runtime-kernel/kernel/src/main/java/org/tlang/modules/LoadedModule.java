package org.tlang.modules;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tlang.api.Diagnostic;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.check.ModuleInterface;
import org.tlang.spi.program.ModuleVersion;
import org.tlang.tir.TFunction;
import org.tlang.tir.TModule;

/** One version of a module as loaded into a registry (or staged for a switch). Immutable. */
public final class LoadedModule implements ModuleVersion {
    private final String name;
    private final Path file;
    private final ModuleInterface iface;
    private final TModule tir;
    private final Map<String, String> uses;
    private final int version;
    private final List<Diagnostic> warnings;
    private final String source;
    private volatile String hash;

    LoadedModule(CheckedModule checked, Path file, TModule tir, int version, List<Diagnostic> warnings, String source) {
        this.name = checked.name();
        this.file = file;
        this.iface = checked.iface();
        this.tir = tir;
        this.uses = Map.copyOf(checked.uses());
        this.version = version;
        this.warnings = List.copyOf(warnings);
        this.source = source;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public String displayName() {
        return ModuleNames.displayName(file);
    }

    @Override
    public String source() {
        return source;
    }

    /** The SHA-256 of its source, in hex: the version's identity across runtimes. */
    public String hash() {
        String h = hash;
        if (h == null) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                hash = h = java.util.HexFormat.of().formatHex(digest);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // every JDK has SHA-256
            }
        }
        return h;
    }

    @Override
    public int version() {
        return version;
    }

    ModuleInterface iface() {
        return iface;
    }

    public TModule tir() {
        return tir;
    }

    @Override
    public Map<String, String> uses() {
        return uses;
    }

    @Override
    public Map<String, String> offers() {
        Map<String, String> out = new LinkedHashMap<>();
        iface.items().forEach((n, s) -> {
            if (s.pub()) out.put(n, s.signature());
        });
        iface.methods().forEach((type, ms) -> ms.forEach((n, s) -> {
            if (s.pub()) out.put(s.name(), s.signature());
        }));
        return out;
    }

    @Override
    public Map<String, String> functions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (TFunction f : tir.functions()) out.put(f.name(), f.signature().toString());
        return out;
    }

    /** The warnings compiling this version gave (for the runner to show); errors never get this far. */
    public List<Diagnostic> warnings() {
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
