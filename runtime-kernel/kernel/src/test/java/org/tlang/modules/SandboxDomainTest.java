package org.tlang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeContext;
import org.tlang.testing.TestHost;

/**
 * A sandbox domain's calls of a native module go to its own instance of it: checked against the
 * domain's grants, whether made directly, through the module's T code, or through a function value
 * the domain took; the program's own code and closures keep the program's grants.
 */
class SandboxDomainTest {
    @TempDir
    Path dir;

    /** {@code std.door}: {@code open()} says whether {@code fs.read} is granted to whoever it is linked for; {@code knock()} is T calling it. */
    static final class Door extends JavaModule {
        Door() {
            super("std.door", "pub fn knock() -> Str { open() }\n", java.lang.invoke.MethodHandles.lookup());
            function("open", "fn() -> Str", "open");
        }

        static String open(NativeContext cx) {
            return cx.denied("fs.read", "/x") == null ? "open" : "shut";
        }
    }

    @Test
    void aDomainIsCheckedAgainstItsOwnGrantsHoweverItCalls() throws Exception {
        Path plugFolder = Files.createDirectories(dir.resolve("plug"));
        Imports imports = new Imports() {
            @Override
            public String refusal(String module, Path importer) {
                return null;
            }

            @Override
            public Path fileOf(String module, Path importer) {
                return Imports.SOURCE_ROOT.fileOf(module, importer);
            }

            @Override
            public String domainOf(Path file) {
                return file.startsWith(plugFolder) ? "plug" : null;
            }
        };
        TestHost host = new TestHost();
        host.deny("plug", "fs.read");
        ModuleRegistry reg = new ModuleRegistry(host, imports);
        reg.addNative(new Door());
        Files.writeString(plugFolder.resolve("lib.t"), """
                import std.door;
                pub fn direct() -> Str { door.open() }
                pub fn through_t() -> Str { door.knock() }
                pub fn as_value() -> Str { let f = door.open; f() }
                pub fn calls(f: fn() -> Str) -> Str { f() }
                pub fn hands_out() -> fn() -> Str { door.open }
                """);
        Path main = dir.resolve("main.t");
        Files.writeString(main, """
                import std.door;
                import plug.lib;
                fn main() {
                    println("program: {door.open()} {door.knock()}");
                    println("plug: {lib.direct()} {lib.through_t()} {lib.as_value()}");
                    println("program's closure called by plug: {lib.calls(|| door.open())}");
                    let f = lib.hands_out();
                    println("plug's function value called by the program: {f()}");
                }
                """);
        assertEquals(0, host.finish(reg.runMain(reg.load(main), List.of())), host.stderr());
        assertEquals("""
                program: open open
                plug: shut shut shut
                program's closure called by plug: open
                plug's function value called by the program: shut
                """, host.stdout());
    }
}
