package org.tlang.hotpatch.admin;

import java.nio.file.Path;

/**
 * Where runtimes listen for admin requests: one Unix domain socket per process,
 * {@code <dir>/<pid>.sock}, in a folder only its owner can open. The folder is the
 * {@code tlang.admin.dir} property, or {@code ~/.tlang/run}.
 */
public final class AdminPaths {
    public static final String PROPERTY = "tlang.admin.dir";

    private AdminPaths() {}

    public static Path folder(String configured) {
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".tlang", "run");
    }

    public static Path socket(Path folder, long pid) {
        return folder.resolve(pid + ".sock");
    }
}
