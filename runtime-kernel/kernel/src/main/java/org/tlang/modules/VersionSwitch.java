package org.tlang.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tlang.api.Diagnostic;
import org.tlang.lang.source.SourceFile;
import org.tlang.spi.program.ModuleSource;
import org.tlang.spi.program.ModuleSwitch;
import org.tlang.spi.program.ModuleVersion;
import org.tlang.spi.program.Staged;

/** The {@link ModuleSwitch} of one program: stages new versions of its modules against its registry. */
final class VersionSwitch implements ModuleSwitch {
    private final ModuleRegistry registry;

    VersionSwitch(ModuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ModuleVersion> modules() {
        List<ModuleVersion> all = new ArrayList<>(registry.modules.values());
        all.sort(Comparator.comparing(ModuleVersion::name));
        return all;
    }

    @Override
    public Optional<ModuleVersion> module(String name) {
        return Optional.ofNullable(registry.modules.get(name));
    }

    @Override
    public Staged stage(List<ModuleSource> sources) {
        return BigStack.call(() -> {
            synchronized (registry.lock) {
                return stageHere(sources, null, null);
            }
        });
    }

    /** @param onlyFunction for a patch, the function that switches; @param patched its module's new text */
    private Stage stageHere(List<ModuleSource> sources, String onlyFunction, String patched) {
        List<String> names = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (ModuleSource source : sources) {
            Path abs = ModuleNames.canonical(source.file());
            String name = registry.imports.moduleName(abs);
            String unreadable = source instanceof ModuleSource.File ? SourceFile.unreadable(abs) : null;
            if (unreadable != null) {
                String display = ModuleNames.displayName(abs);
                return new Stage(registry, name, List.of(Diagnostic.error(display, "cannot read " + display + ": " + unreadable)));
            }
            LoadedModule loaded = registry.modules.get(name);
            if (loaded == null || !loaded.file().equals(abs)) {
                return new Stage(registry, name, List.of(Diagnostic.error(ModuleNames.displayName(abs), "module " + name + " is not loaded")));
            }
            if (registry.isolated.isolated(name)) {
                return new Stage(registry, name, List.of(Diagnostic.error(ModuleNames.displayName(abs), "module " + name
                        + " is in a package that runs in a process of its own ([sandbox] isolation = \"process\"), which does not reload: restart the program to change it")));
            }
            if (names.contains(name)) continue;
            names.add(name);
            files.add(abs);
            switch (source) {
                case ModuleSource.Text t -> texts.put(name, t.text());
                case ModuleSource.Earlier e -> texts.put(name, e.version().source());
                case ModuleSource.File f -> { }
            }
        }
        if (patched != null) texts.put(names.getFirst(), patched);
        FrontEnd.Batch batch = FrontEnd.compile(files, texts, registry.imports, other -> names.contains(other) ? null : registry.interfaceOf(other));
        return new Stage(registry, names, batch, texts, onlyFunction);
    }

    @Override
    public Staged stagePatch(String module, String function, String definition) {
        return BigStack.call(() -> {
            synchronized (registry.lock) {
                LoadedModule current = registry.modules.get(module);
                if (current == null) return new Stage(registry, module, List.of(Diagnostic.error(module, "module " + module + " is not loaded")));
                FunctionPatch patch = FunctionPatch.of(current.source(), function, definition);
                if (patch.problem() != null) {
                    return new Stage(registry, module, List.of(Diagnostic.error(current.displayName(), patch.problem().replace("{module}", module))));
                }
                return stageHere(List.of(ModuleSource.file(current.file())), function, patch.text());
            }
        });
    }

    @Override
    public List<String> retiredVersions() {
        return registry.retired.alive();
    }

    @Override
    public int mostRetiredAtOnce() {
        return registry.retired.most();
    }
}
