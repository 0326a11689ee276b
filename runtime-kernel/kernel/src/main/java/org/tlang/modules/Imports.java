package org.tlang.modules;

import java.nio.file.Path;

/**
 * Where the module an import names is, and whether the importing file may import it at all: a
 * loose file's imports are files beside it; a package's are its own modules, its dependencies' and std.
 */
public interface Imports {
    /** Why {@code importer} may not import {@code module} (named at the import), or null if it may. */
    String refusal(String module, Path importer);

    /** The file that holds {@code module}, for an import written in {@code importer}. */
    Path fileOf(String module, Path importer);

    /** How the program names the module in {@code file}: by its path below its source root, unless a package's version needs another name. */
    default String moduleName(Path file) {
        return ModuleNames.moduleName(file);
    }

    /**
     * How the program names the module that {@code module} (as written at the import in
     * {@code importer}) resolves to: {@code module} itself, but {@code geo@2.distance} for a
     * second major of a package loaded beside the first.
     */
    default String moduleName(String module, Path importer) {
        return module;
    }

    /**
     * The sandbox domain of the code in {@code file}: the package it belongs to when that is a
     * dependency ({@code geo}, {@code geo@2} for a second major), whose grants its calls of native
     * modules are checked against; null for the program's own code (its root package, or a file in no package).
     */
    default String domainOf(Path file) {
        return null;
    }

    /** Modules by their path below the importer's source root, with no rule between packages. */
    Imports SOURCE_ROOT = new Imports() {
        @Override
        public String refusal(String module, Path importer) {
            return null;
        }

        @Override
        public Path fileOf(String module, Path importer) {
            return ModuleNames.fileOf(module, importer);
        }
    };
}
