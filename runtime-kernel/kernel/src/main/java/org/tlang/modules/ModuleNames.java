package org.tlang.modules;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * File and module naming: below the `src/` folder beside the nearest `t.toml`, `src/app/users.t`
 * is `app.users`; a file with no `t.toml` above it is a module named after the file, and its
 * imports are looked up beside it.
 *
 * <p>Every path here is {@linkplain #canonical canonical}: a request's paths are made so once, where
 * it enters the kernel (a run, check or test, a load, a stage), and stay so inside.
 */
public final class ModuleNames {
    private ModuleNames() {}

    /** The absolute, normalised form of a path given by a request. */
    public static Path canonical(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** The folder holding the nearest `t.toml` above {@code file}, or null. */
    public static Path packageRoot(Path file) {
        for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("t.toml"))) return dir;
        }
        return null;
    }

    /** Where module names are rooted for {@code file}: the package's `src/`, or the file's own folder. */
    public static Path sourceRoot(Path file) {
        Path pkg = packageRoot(file);
        if (pkg != null && file.startsWith(pkg.resolve("src"))) return pkg.resolve("src");
        return file.getParent();
    }

    public static String moduleName(Path file) {
        Path rel = sourceRoot(file).relativize(file);
        String s = rel.toString().replace('\\', '/');
        if (s.endsWith(".t")) s = s.substring(0, s.length() - 2);
        return s.replace('/', '.');
    }

    /** The file that holds {@code module}, for an import written in {@code importer}. */
    public static Path fileOf(String module, Path importer) {
        return sourceRoot(importer).resolve(module.replace('.', '/') + ".t");
    }

    /**
     * How diagnostics and traces name {@code file}: relative to its package root; else relative to
     * the working directory when below it; else absolute.
     */
    public static String displayName(Path file) {
        Path pkg = packageRoot(file);
        if (pkg != null) return pkg.relativize(file).toString().replace('\\', '/');
        Path cwd = canonical(Path.of(""));
        if (file.startsWith(cwd)) return cwd.relativize(file).toString().replace('\\', '/');
        return file.toString();
    }
}
