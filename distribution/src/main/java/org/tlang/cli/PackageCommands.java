package org.tlang.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.tlang.api.CheckResult;
import org.tlang.api.PackageBuilder;
import org.tlang.api.PackageInfo;
import org.tlang.api.Report;
import org.tlang.embed.Tlang;
import org.tlang.embed.TlangException;

/** The commands that make and move packages: {@code build}. */
final class PackageCommands {
    static final String AOT = "org.tlang.aot";

    private PackageCommands() {}

    /** Checks the package at {@code folder} (every error, as {@code tlang check}), then writes its bundle under {@code folder/target}. */
    static int build(Tlang tlang, Path folder, boolean locked) {
        PackageInfo pkg = tlang.runtime().describePackage(folder, locked);
        if (!pkg.ok()) {
            System.err.print(Report.listing(pkg.errors()));
            return ExitStatus.FAILED;
        }
        CheckResult check = tlang.runtime().check(pkg.root().resolve("src"), locked);
        if (!check.ok()) {
            System.err.print(check.rendered());
            return ExitStatus.FAILED;
        }
        try {
            Path jar = tlang.tool(AOT, PackageBuilder.class).build(pkg, pkg.root().resolve("target"));
            System.err.println("built " + pkg.name() + " " + pkg.version() + ": " + relative(jar));
            return ExitStatus.OK;
        } catch (IOException | TlangException e) {
            System.err.print(Report.error("cannot build " + pkg.name() + ": " + e.getMessage()));
            return ExitStatus.FAILED;
        }
    }

    private static Path relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file) : file;
    }
}
