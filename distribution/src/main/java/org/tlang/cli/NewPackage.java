package org.tlang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tlang.api.Report;

/** {@code tlang new NAME}: a package folder that runs and tests as it is. */
final class NewPackage {
    private NewPackage() {}

    static int create(Path folder) {
        String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            System.err.print(Report.error("tlang new: a package's name is a T identifier (letters, digits, _), not \"" + name + "\""));
            return ExitStatus.FAILED;
        }
        if (Files.exists(folder)) {
            System.err.print(Report.error("tlang new: " + folder + " already exists; a new package needs a new folder"));
            return ExitStatus.FAILED;
        }
        try {
            Files.createDirectories(folder.resolve("src").resolve(name));
            Files.writeString(folder.resolve("t.toml"), toml(name));
            Files.writeString(folder.resolve("src").resolve(name).resolve("main.t"), main());
        } catch (IOException e) {
            System.err.print(Report.error("tlang new: cannot write " + folder + ": " + Unreadable.why(folder, e)));
            return ExitStatus.FAILED;
        }
        System.out.println("created package " + name + " in " + folder + ": tlang run " + folder + ", tlang test " + folder);
        return ExitStatus.OK;
    }

    private static String toml(String name) {
        return """
                name = "%s"
                version = "0.1.0"

                [dependencies]
                # geo = "^1.2"                                # the highest 1.x >= 1.2 in $TLANG_PACKAGES (or ~/.tlang/packages)
                # geo = { version = "^1", path = "../geo" }   # a package on disk

                [capabilities]
                # net = ["127.0.0.1:8080"]
                """.formatted(name);
    }

    private static String main() {
        return """
                pub fn greeting(who: Str) -> Str {
                    "Hello, {who}!"
                }

                fn main() {
                    println(greeting("world"));
                }

                test fn greets_by_name() {
                    assert_eq(greeting("T"), "Hello, T!");
                }
                """;
    }
}
