package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tlang.distribution.CommandLineIT.tlang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.distribution.CommandLineIT.Result;

/**
 * The sandbox through the real {@code tlang run}: grants on the command line and in the profile,
 * packages refused at load for what they declare and are not granted, and each package's calls
 * checked against its own grants (a dependency does not borrow the program's).
 */
class SandboxIT {
    @TempDir
    Path temp;
    Path data;
    Path secret;

    @BeforeEach
    void files() throws IOException {
        data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "in data");
        secret = Files.writeString(temp.resolve("secret.txt"), "secret");
    }

    private Path write(String rel, String text) throws IOException {
        Path p = temp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static String show(String path) {
        return "match fs.read_to_str(\"" + path + "\") { Ok(t) => println(\"read \" + t), Err(e) => println(\"{e}\") }";
    }

    @Test
    void aScriptHasEveryCapabilityUntilAGrantNarrowsIt() throws Exception {
        Path script = write("script.t", "import std.fs;\nfn main() {\n" + show(data.resolve("a.txt").toString()) + "\n"
                + show(data + "/../secret.txt") + "\n" + show(data.resolve("link.txt").toString()) + "\n}\n");
        Files.createSymbolicLink(data.resolve("link.txt"), secret);
        assertEquals(new Result(0, "read in data\nread secret\nread secret\n", ""), tlang("run", script.toString()));
        String real = secret.toRealPath().toString();
        Result narrowed = tlang("run", "--allow-read=" + data, script.toString());
        assertEquals(0, narrowed.status(), narrowed.err());
        assertEquals("read in data\nPermissionDenied(\"fs.read " + real + ": not granted\")\nPermissionDenied(\"fs.read " + data.resolve("link.txt")
                + ": not granted\")\n", narrowed.out().replace(secret.toString(), real), "through .. and through a link that leaves the grant: denied");
        Result none = tlang("run", "--allow-net", script.toString());
        assertTrue(none.out().startsWith("PermissionDenied(\"fs.read " + data.resolve("a.txt") + ": not granted\")"), none.out());
    }

    /** {@code app} declares fs.read of the data folder; {@code plug}, its dependency, declares nothing unless told. */
    private Path appWithPlug(String plugNeeds) throws IOException {
        write("plug/t.toml", "name = \"plug\"\nversion = \"1.0.0\"\n" + plugNeeds);
        write("plug/src/plug/lib.t", """
                import std.fs;
                pub fn peek(path: Str) -> Str { match fs.read_to_str(path) { Ok(t) => "plug read " + t, Err(e) => "plug: {e}" } }
                pub fn call(f: fn() -> Str) -> Str { f() }
                """);
        write("app/t.toml", """
                name = "app"
                version = "0.1.0"

                [dependencies]
                plug = { version = "^1", path = "../plug" }

                [capabilities]
                fs.read = ["%s"]
                """.formatted(data));
        String file = data.resolve("a.txt").toString();
        return write("app/src/app/main.t", """
                import std.fs;
                import plug.lib;
                fn main() {
                    %s
                    println(lib.peek("%s"));
                    println(lib.call(|| match fs.read_to_str("%s") { Ok(t) => "app's closure read " + t, Err(e) => "app's closure: {e}" }));
                }
                """.formatted(show(file), file, file));
    }

    @Test
    void aPackageIsRefusedAtLoadForWhatItDeclaresAndIsNotGranted() throws Exception {
        Path main = appWithPlug("");
        Result r = tlang("run", main.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("", r.out(), "nothing ran");
        assertTrue(r.err().contains("package app needs fs.read " + data + ", which is not granted: grant it with [sandbox.app] in the profile, "
                + "or on the command line (--allow-read=" + data + ")"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void eachPackageIsCheckedAgainstItsOwnGrantsOnEveryTier() throws Exception {
        Path main = appWithPlug("");
        String file = data.resolve("a.txt").toString();
        for (String tier : new String[] {"tiered", "interp", "jit"}) {
            Result r = tlang("run", "--tier", tier, "--allow-read=" + data, main.toString());
            assertEquals(new Result(0, "read in data\nplug: PermissionDenied(\"fs.read " + file + ": not granted\")\napp's closure read in data\n", ""), r, tier);
        }
    }

    @Test
    void theProfileGrantsADependencyWhatItDeclares() throws Exception {
        Path main = appWithPlug("[capabilities]\nfs.read = [\"" + data + "\"]\n");
        Result refused = tlang("run", "--allow-read=" + data, main.toString());
        assertEquals(1, refused.status(), refused.err());
        assertTrue(refused.err().contains("package plug needs fs.read " + data + ", which is not granted: grant it with [sandbox.plug] in the profile"),
                refused.err());
        Path profile = write("profile.toml", Files.readString(CommandLineIT.HOME.resolve("profiles/default.toml"))
                + "\n[sandbox.plug]\nfs.read = [\"" + data + "\"]\n");
        Result r = tlang("run", "--profile", profile.toString(), "--allow-read=" + data, main.toString());
        assertEquals(new Result(0, "read in data\nplug read in data\napp's closure read in data\n", ""), r);
    }

    @Test
    void aBadGrantNamesTheFlagOrTheKey() throws Exception {
        Path script = write("script.t", "fn main() { println(\"ran\"); }\n");
        Result flag = tlang("run", "--allow-net=localhost:99999", script.toString());
        assertEquals(1, flag.status(), flag.err());
        assertTrue(flag.err().contains("--allow-net: port 99999 is above 65535"), flag.err());
        assertEquals("", flag.out());
        Path profile = write("profile.toml", Files.readString(CommandLineIT.HOME.resolve("profiles/default.toml"))
                + "\n[sandbox.app]\nteleport = true\nnet = [\"no port:x\"]\n");
        Result key = tlang("run", "--profile", profile.toString(), script.toString());
        assertEquals(1, key.status(), key.err());
        assertTrue(key.err().contains("unknown capability 'sandbox.app.teleport'"), key.err());
        assertTrue(key.err().contains("'sandbox.app.net': 'no port:x' is not a host:port pattern"), key.err());
        assertFalse(key.err().contains("\tat "), key.err());
    }

    /** A dependency added while the program runs, and imported by a reload, is refused as at start; the old version serves on. */
    @Test
    void aDependencyAddedWhileTheProgramRunsIsRefusedForWhatItIsNotGranted() throws Exception {
        appWithPlug("[capabilities]\nfs.read = [\"" + data + "\"]\n");
        Path toml = write("app/t.toml", "name = \"app\"\nversion = \"0.1.0\"\n");
        String plain = "static mut ticks: Int = 0;\nfn line() -> Str { \"plain\" }\nfn main() { loop { ticks += 1; println(\"{line()} {ticks}\"); sleep(20); } }\n";
        Path main = write("app/src/app/main.t", plain);
        List<String> run = CommandLineIT.launcher();
        run.addAll(List.of("run", "--watch", main.toString()));
        try (Launched program = new Launched(run, new java.io.File("/dev/null"))) {
            program.out.await(t -> t.contains("plain 3\n"), java.time.Duration.ofSeconds(30), "the program to tick");
            Files.writeString(toml, "name = \"app\"\nversion = \"0.1.0\"\n\n[dependencies]\nplug = { version = \"^1\", path = \"../plug\" }\n");
            Files.writeString(main, plain.replace("fn line() -> Str { \"plain\" }", "import plug.lib;\nfn line() -> Str { lib.peek(\"/x\") }"));
            program.err.await(t -> t.contains("package plug needs fs.read " + data + ", which is not granted: grant it with [sandbox.plug] in the profile"),
                    java.time.Duration.ofSeconds(30), "the reload refused");
            int mark = program.out.text().length();
            program.out.await(t -> t.substring(mark).contains("plain "), java.time.Duration.ofSeconds(10), "the old version serving on");
            assertFalse(program.out.text().contains("plug"), program.out.text());
        }
    }
}
