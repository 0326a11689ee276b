package org.tlang.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.distribution.CommandLineIT.Result;

/**
 * Publishing and installing through the real {@code tlang} command: one registry on loopback
 * ({@code tlang registry serve}) for the class, two publishers' keys (acme, whom the operator
 * trusts, and carol, whom nobody does), folder repositories, and jars tampered with after signing.
 * Each {@code tlang} runs with its own {@code user.home}: a publisher's, or an operator's.
 */
class RegistryIT {
    static final String PASSWORD = "correct horse";
    static final Pattern SERVING = Pattern.compile("serving .* at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    static Path shared;
    static Launched registry;
    static String url;
    /** The publishers' home, with ~/.tlang/keys/acme.p12 and carol.p12. */
    static Path publisher;

    @TempDir
    Path temp;

    @BeforeAll
    static void serveAndMakeKeys() throws Exception {
        publisher = shared.resolve("publisher");
        for (String name : new String[] {"acme", "carol"}) {
            Result made = as(publisher, "keys", "new", name);
            assertEquals(0, made.status(), made.err());
            assertTrue(made.out().startsWith("made key " + name + ": "), made.out());
        }
        List<String> command = command(shared.resolve("server"), "registry", "serve", shared.resolve("repo").toString(), "--port", "0");
        registry = new Launched(command, new File("/dev/null"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (url == null && System.nanoTime() < deadline && registry.process.isAlive()) {
            Matcher m = SERVING.matcher(registry.out.text());
            if (m.find()) url = m.group(1);
            else Thread.sleep(50);
        }
        if (url == null) fail("the registry did not start: " + registry.out.text() + registry.err.text());
    }

    @AfterAll
    static void stop() {
        if (registry != null) registry.close();
    }

    /** {@code args} that start with {@code -D} are options of the JVM. */
    static List<String> command(Path home, String... args) {
        List<String> command = CommandLineIT.launcher("-Duser.home=" + home);
        int i = 0;
        while (i < args.length && args[i].startsWith("-D")) command.add(command.indexOf("-cp"), args[i++]);
        command.addAll(List.of(args).subList(i, args.length));
        return command;
    }

    /** {@code tlang ARGS} with {@code home} as the user's home and the key password in the environment. */
    static Result as(Path home, String... args) throws Exception {
        List<String> command = command(home, args);
        try (Launched p = new Launched(command, new File("/dev/null"), Map.of("TLANG_KEY_PASSWORD", PASSWORD))) {
            if (!p.exited(120)) fail("did not exit within 120 s: " + List.of(args) + "\nstdout: " + p.out.text() + "\nstderr: " + p.err.text());
            return new Result(p.process.exitValue(), p.out.text(), p.err.text());
        }
    }

    private Path write(String rel, String text) throws IOException {
        Path p = temp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** Package {@code name} at {@code version} whose distance.which() says which version it is. */
    private Path geo(String folder, String name, String version) throws IOException {
        write(folder + "/t.toml", "name = \"" + name + "\"\nversion = \"" + version + "\"\n");
        write(folder + "/src/" + name + "/distance.t", """
                pub fn manhattan(x: Int, y: Int) -> Int { x.abs() + y.abs() }
                pub fn which() -> Str { "%s" }
                """.formatted(version));
        return temp.resolve(folder);
    }

    /** {@code app} needing geo in {@code range}, from whatever repository it is installed from. */
    private Path app(String range) throws IOException {
        write("app/t.toml", "name = \"app\"\nversion = \"0.1.0\"\n\n[dependencies]\ngeo = \"" + range + "\"\n");
        write("app/src/app/main.t", """
                import geo.distance;
                fn main() { println("distance {distance.manhattan(-3, 4)} from geo {distance.which()}"); }
                """);
        return temp.resolve("app");
    }

    private Path trustingOperator(String... publishers) throws Exception {
        Path operator = temp.resolve("operator");
        for (String p : publishers) {
            Result trusted = as(operator, "trust", "add", publisher.resolve(".tlang/keys/" + p + ".crt").toString());
            assertEquals(0, trusted.status(), trusted.err());
        }
        return operator;
    }

    private static Path installed(Path operator) {
        return operator.resolve(".tlang/packages");
    }

    /**
     * Points 3 and 4 end to end: a signed publish to the registry, its R5 index, a second publish
     * of that version refused, an install refused until the operator trusts acme, then installed,
     * locked and run with --locked.
     */
    @Test
    void publishedSignedToTheRegistryInstalledOnceTrustedAndRunLocked() throws Exception {
        Path geo = geo("geo", "geo", "1.3.0");
        Result published = as(publisher, "publish", geo.toString(), "--to", url, "--key", "acme");
        assertEquals(0, published.status(), published.err());
        assertTrue(published.err().contains("published geo 1.3.0 to " + url), published.err());

        Result again = as(publisher, "publish", geo.toString(), "--to", url, "--key", "acme");
        assertEquals(1, again.status());
        assertTrue(again.err().contains("(409): geo 1.3.0 is in ") && again.err().contains("a published version never changes"), again.err());

        HttpResponse<String> index = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "index.xml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, index.statusCode());
        String xml = index.body();
        assertTrue(xml.contains("<repository xmlns=\"http://www.osgi.org/xmlns/repository/v1.0.0\""), xml);
        assertTrue(xml.contains("<attribute name=\"osgi.identity\" value=\"tlang.package.geo\"/>"), xml);
        assertTrue(xml.contains("<attribute name=\"url\" value=\"geo/geo-1.3.0.jar\"/>"), xml);
        assertTrue(xml.contains("<attribute name=\"tlang.package\" value=\"geo\"/>"), xml);
        assertTrue(Pattern.compile("<attribute name=\"osgi.content\" value=\"[0-9A-F]{64}\"/>").matcher(xml).find(), xml);

        Path app = app("^1.1");
        Path operator = temp.resolve("operator");
        Result untrusted = as(operator, "install", "--from", url, app.toString());
        assertEquals(1, untrusted.status());
        assertTrue(untrusted.err().contains("geo-1.3.0.jar is signed by acme, whom this runtime does not trust"), untrusted.err());
        assertFalse(Files.exists(installed(operator).resolve("geo-1.3.0")), "nothing installed");

        trustingOperator("acme");
        Result install = as(operator, "install", "--from", url, app.toString());
        assertEquals(0, install.status(), install.err());
        assertTrue(install.err().contains("installed geo 1.3.0, signed by acme"), install.err());
        assertTrue(Files.readString(app.resolve("tlang.lock")).contains("name = \"geo\"\nversion = \"1.3.0\"\nsource = \"packages\""));
        assertEquals(new Result(0, "distance 7 from geo 1.3.0\n", ""), as(operator, "run", "--locked", app.toString()));
        assertTrue(as(operator, "install", "--from", url, app.toString()).err().contains("every dependency of app is installed already"));

        // point 2: the jar carried geo's functions compiled ahead of time; the install unpacked them and a run links them
        assertTrue(published.err().contains("compiled 2 functions ahead of time"), published.err());
        assertTrue(Files.isRegularFile(installed(operator).resolve("geo-1.3.0/aot/jit/geo/distance.bin")), "unpacked beside the sources");
        Path traced = write("jit-trace.toml", "[scheduler]\nimpl = \"virtual\"\n\n[tier]\nimpl = \"jit\"\ntrace = true\n");
        Result jit = as(operator, "run", "--locked", "--profile", traced.toString(), app.toString());
        assertEquals(0, jit.status(), jit.err());
        assertEquals("distance 7 from geo 1.3.0\n", jit.out());
        assertTrue(jit.err().contains("jit: linked geo.distance.manhattan compiled ahead of time")
                && jit.err().contains("jit: linked geo.distance.which compiled ahead of time"), jit.err());
        assertFalse(jit.err().contains("jit: compiled geo.distance."), "nothing of geo compiled at load: " + jit.err());
        assertTrue(jit.err().contains("jit: compiled app.main.main"), "app, run from its sources, is compiled: " + jit.err());
    }

    /**
     * A folder is a repository too; what the runtime refuses there: an entry changed after
     * signing, a jar that is not the one its index lists, a publisher it does not trust. Each
     * time nothing is installed.
     */
    @Test
    void aFolderRepositoryAndTheJarsItRefuses() throws Exception {
        String repo = temp.resolve("repo").toString();
        assertEquals(0, as(publisher, "publish", geo("geo", "geo", "1.3.0").toString(), "--to", repo, "--key", "acme").status());
        Path app = app("^1");
        Path operator = trustingOperator("acme");
        Path jar = temp.resolve("repo/geo/geo-1.3.0.jar");
        byte[] signed = Files.readAllBytes(jar);

        rewrite(jar, "tlang/src/geo/distance.t", "pub fn manhattan(x: Int, y: Int) -> Int { 0 }\npub fn which() -> Str { \"evil\" }\n");
        Result mismatch = as(operator, "install", "--from", repo, app.toString());
        assertEquals(1, mismatch.status());
        assertTrue(mismatch.err().contains("geo-1.3.0.jar from " + repo + " is not the one its index lists"), mismatch.err());
        assertTrue(mismatch.err().contains("truncated or tampered"), mismatch.err());

        // the tampered jar re-indexed (another publish re-indexes the folder): now its signature is what refuses it
        assertEquals(0, as(publisher, "publish", geo("other", "other", "0.1.0").toString(), "--to", repo, "--key", "acme").status());
        Result tampered = as(operator, "install", "--from", repo, app.toString());
        assertEquals(1, tampered.status());
        assertTrue(tampered.err().contains("geo-1.3.0.jar was changed after it was signed: tlang/src/geo/distance.t"), tampered.err());
        assertFalse(Files.exists(installed(operator).resolve("geo-1.3.0")), "nothing installed");

        Files.write(jar, signed);
        assertEquals(0, as(publisher, "publish", geo("geo14", "geo", "1.4.0").toString(), "--to", repo, "--key", "carol").status());
        Result carol = as(operator, "install", "--from", repo, app.toString());
        assertEquals(1, carol.status());
        assertTrue(carol.err().contains("geo-1.4.0.jar is signed by carol, whom this runtime does not trust"), carol.err());
        assertFalse(Files.exists(installed(operator).resolve("geo-1.4.0")), "nothing installed");

        trustingOperator("carol");
        Result both = as(operator, "install", "--from", repo, app.toString());
        assertTrue(both.err().contains("installed geo 1.4.0, signed by carol"), both.err());
        assertEquals(new Result(0, "distance 7 from geo 1.4.0\n", ""), as(operator, "run", app.toString()));
    }

    /** The registry takes only signed package jars, PUT where their name and version say. */
    @Test
    void theRegistryRefusesAnUnsignedJar() throws Exception {
        Path pkg = geo("plain", "plain", "0.1.0");
        Result built = as(publisher, "build", pkg.toString());
        assertEquals(0, built.status(), built.err());
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "plain/plain-0.1.0.jar"))
                .PUT(HttpRequest.BodyPublishers.ofFile(pkg.resolve("target/plain-0.1.0.jar"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, put.statusCode(), put.body());
        assertTrue(put.body().contains("plain-0.1.0.jar is not signed"), put.body());
        HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "plain/plain-0.1.0.jar")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, get.statusCode());
    }

    @Test
    void aRangeNothingSatisfiesAndARegistryThatIsDown() throws Exception {
        Path app = app("^7");
        Path operator = trustingOperator("acme");
        Result none = as(operator, "install", "--from", url, app.toString());
        assertEquals(1, none.status());
        assertTrue(none.err().contains("app 0.1.0 wants geo ^7: no version of geo in " + url + " is in that range"), none.err());
        Result down = as(operator, "install", "--from", "http://127.0.0.1:1/", app.toString());
        assertEquals(1, down.status());
        assertTrue(down.err().contains("repository http://127.0.0.1:1/ is down"), down.err());
        assertFalse(Files.exists(installed(operator)) && Files.list(installed(operator)).findAny().isPresent(), "nothing installed");
    }

    /**
     * Point 5: the framework's OSGi resolver over the index. app wants geo ^1 and maps ^1; maps
     * 1.0.0 wants geo ~1.3: one version of geo that both allow, the highest (1.3.1, not 1.4.0).
     * Ranges no one version satisfies are a conflict naming both packages; a range nothing
     * satisfies deeper in the graph names the package that wants it.
     */
    @Test
    void theOsgiResolverPicksOneVersionEveryRangeAllowsAndExplainsConflicts() throws Exception {
        String repo = temp.resolve("repo").toString();
        Path key = publisher.resolve(".tlang/keys/acme.p12");
        for (String v : new String[] {"1.2.0", "1.3.1", "1.4.0"}) {
            assertEquals(0, as(publisher, "publish", geo("geo-" + v, "geo", v).toString(), "--to", repo, "--key", "acme").status());
        }
        // maps depends on geo by version: its author installs geo from the repository, then publishes
        Path author = temp.resolve("author");
        assertEquals(0, as(author, "trust", "add", publisher.resolve(".tlang/keys/acme.crt").toString()).status());
        write("maps/t.toml", "name = \"maps\"\nversion = \"1.0.0\"\n\n[dependencies]\ngeo = \"~1.3\"\n");
        write("maps/src/maps/route.t", "import geo.distance;\npub fn via() -> Str { \"via geo {distance.which()}\" }\n");
        Result authorInstall = as(author, "install", "--from", repo, temp.resolve("maps").toString());
        assertTrue(authorInstall.err().contains("installed geo 1.3.1, signed by acme"), authorInstall.err());
        assertEquals(0, as(author, "publish", temp.resolve("maps").toString(), "--to", repo, "--key", key.toString()).status());

        write("app/t.toml", "name = \"app\"\nversion = \"0.1.0\"\n\n[dependencies]\ngeo = \"^1\"\nmaps = \"^1\"\n");
        write("app/src/app/main.t", "import geo.distance;\nimport maps.route;\nfn main() { println(\"{distance.which()} {route.via()}\"); }\n");
        Path operator = trustingOperator("acme");
        Result install = as(operator, "install", "--from", repo, temp.resolve("app").toString());
        assertEquals(0, install.status(), install.err());
        assertTrue(install.err().contains("installed geo 1.3.1, signed by acme\ninstalled maps 1.0.0, signed by acme\n"), install.err());
        assertFalse(install.err().contains("1.4.0"), install.err());
        assertEquals(new Result(0, "1.3.1 via geo 1.3.1\n", ""), as(operator, "run", "--locked", temp.resolve("app").toString()));

        write("clash/t.toml", "name = \"clash\"\nversion = \"0.2.0\"\n\n[dependencies]\ngeo = \">=1.4\"\nmaps = \"^1\"\n");
        write("clash/src/clash/main.t", "fn main() {}\n");
        Result conflict = as(temp.resolve("fresh"), "install", "--from", repo, temp.resolve("clash").toString());
        assertEquals(1, conflict.status());
        assertTrue(conflict.err().contains("conflict: clash 0.2.0 wants geo >=1.4 and maps 1.0.0 wants geo ~1.3: no version of geo in " + repo
                + " is in every one of those ranges (it has 1.2.0, 1.3.1, 1.4.0)"), conflict.err());

        // maps 2.0.0 wants geo ^9, which its author has on disk but the repository does not
        write("author/.tlang/packages/geo-9.0.0/t.toml", "name = \"geo\"\nversion = \"9.0.0\"\n");
        write("author/.tlang/packages/geo-9.0.0/src/geo/distance.t", "pub fn which() -> Str { \"9\" }\n");
        write("maps2/t.toml", "name = \"maps\"\nversion = \"2.0.0\"\n\n[dependencies]\ngeo = \"^9\"\n");
        write("maps2/src/maps/route.t", "import geo.distance;\npub fn via() -> Str { distance.which() }\n");
        Result maps2 = as(author, "publish", temp.resolve("maps2").toString(), "--to", repo, "--key", key.toString());
        assertEquals(0, maps2.status(), maps2.err());
        write("deep/t.toml", "name = \"deep\"\nversion = \"0.1.0\"\n\n[dependencies]\nmaps = \"^2\"\n");
        write("deep/src/deep/main.t", "fn main() {}\n");
        Result deep = as(temp.resolve("fresh"), "install", "--from", repo, temp.resolve("deep").toString());
        assertEquals(1, deep.status());
        assertTrue(deep.err().contains("maps 2.0.0 wants geo ^9: no version of geo in " + repo + " is in that range (it has 1.2.0, 1.3.1, 1.4.0)"),
                deep.err());
        assertFalse(Files.exists(temp.resolve("fresh/.tlang/packages")) && Files.list(temp.resolve("fresh/.tlang/packages")).findAny().isPresent());
    }

    /** {@code tlang add NAME@RANGE} writes the dependency into t.toml and installs it; when that fails t.toml is as it was. */
    @Test
    void addWritesTheDependencyAndInstallsIt() throws Exception {
        String repo = temp.resolve("repo").toString();
        for (String v : new String[] {"1.2.0", "1.3.0"}) {
            assertEquals(0, as(publisher, "publish", geo("geo-" + v, "geo", v).toString(), "--to", repo, "--key", "acme").status());
        }
        Path app = app("^1");
        String toml = "name = \"app\"  # the app\nversion = \"0.1.0\"\n";
        Files.writeString(app.resolve("t.toml"), toml);
        Path operator = trustingOperator("acme");

        Result missing = as(operator, "add", "nosuch@^1", "--from", repo, "--package", app.toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("app 0.1.0 wants nosuch ^1: no version of nosuch in " + repo + " is in that range (it has no nosuch at all)"), missing.err());
        assertEquals(toml, Files.readString(app.resolve("t.toml")), "as it was");

        Result added = as(operator, "add", "geo@~1.2", "--from", repo, "--package", app.toString());
        assertEquals(0, added.status(), added.err());
        assertEquals(toml + "\n[dependencies]\ngeo = \"~1.2\"\n", Files.readString(app.resolve("t.toml")));
        assertTrue(added.err().contains("installed geo 1.2.0, signed by acme"), added.err());
        assertEquals(new Result(0, "distance 7 from geo 1.2.0\n", ""), as(operator, "run", app.toString()));

        Result twice = as(operator, "add", "geo", "--from", repo, "--package", app.toString());
        assertEquals(1, twice.status());
        assertTrue(twice.err().contains("geo is a dependency already (line 5)"), twice.err());
    }

    /**
     * Point 6: a package installed from the registry into a running program, imported by a module
     * reloaded afterwards, no restart; uninstall refused while a loaded module uses it, then done.
     * The ticks go on throughout: the program's state is kept.
     */
    @Test
    void adminInstallIntoARunningProgramAndUninstall() throws Exception {
        write("greet/t.toml", "name = \"greet\"\nversion = \"1.0.0\"\n");
        write("greet/src/greet/hello.t", "pub fn hi(n: Int) -> Str { \"hi from greet at tick {n}\" }\n");
        assertEquals(0, as(publisher, "publish", temp.resolve("greet").toString(), "--to", url, "--key", "acme").status());
        Path operator = trustingOperator("acme");
        String plain = """
                static mut ticks: Int = 0;
                fn line(n: Int) -> Str { "plain {n}" }
                fn main() { loop { ticks += 1; println(line(ticks)); sleep(20); } }
                """;
        Path toml = write("ticker/t.toml", "name = \"ticker\"\nversion = \"0.1.0\"\n");
        Path main = write("ticker/src/ticker/main.t", plain);
        Path admin = temp.resolve("admin");
        List<String> run = CommandLineIT.launcher("-Duser.home=" + operator, "-Dtlang.admin.dir=" + admin);
        run.addAll(List.of("run", temp.resolve("ticker").toString()));
        try (Launched program = new Launched(run)) {
            program.out.await(t -> t.contains("plain 3\n"), java.time.Duration.ofSeconds(30), "the program to tick");

            Result missing = as(operator, "-Dtlang.admin.dir=" + admin, "admin", "install", "nosuch@^1", "--from", url);
            assertEquals(1, missing.status());
            assertTrue(missing.err().contains("ticker 0.1.0 wants nosuch ^1: no version of nosuch in " + url) && missing.err().endsWith("nothing changed\n"),
                    missing.err());
            assertEquals("name = \"ticker\"\nversion = \"0.1.0\"\n", Files.readString(toml), "t.toml as it was");

            Result install = as(operator, "-Dtlang.admin.dir=" + admin, "admin", "install", "greet@^1", "--from", url);
            assertEquals(0, install.status(), install.err());
            assertTrue(install.out().contains("installed greet 1.0.0, signed by acme\nadded greet = \"^1\" to " + toml), install.out());
            assertTrue(Files.readString(toml).endsWith("[dependencies]\ngreet = \"^1\"\n"));

            Files.writeString(main, plain.replace("fn line(n: Int) -> Str { \"plain {n}\" }", "import greet.hello;\nfn line(n: Int) -> Str { hello.hi(n) }"));
            Result reload = as(operator, "-Dtlang.admin.dir=" + admin, "admin", "reload", main.toString());
            assertEquals(0, reload.status(), reload.err());
            String greeted = program.out.await(t -> t.contains("hi from greet at tick"), java.time.Duration.ofSeconds(10), "the reloaded module to greet");
            assertFalse(greeted.substring(greeted.indexOf("plain 3\n")).contains("plain 1\n"), "ticks went on, not from 1");
            assertFalse(greeted.contains("hi from greet at tick 1\n"), "the state kept: the ticks did not start again");

            Result inUse = as(operator, "-Dtlang.admin.dir=" + admin, "admin", "uninstall", "greet");
            assertEquals(1, inUse.status());
            assertTrue(inUse.err().contains("greet 1.0.0 is in use by the running program (ticker.main uses greet.hello.hi)"), inUse.err());
            assertTrue(Files.readString(toml).contains("greet = \"^1\""));

            Files.writeString(main, plain);
            assertEquals(0, as(operator, "-Dtlang.admin.dir=" + admin, "admin", "reload", main.toString()).status());
            int mark = program.out.text().length();
            program.out.await(t -> t.substring(mark).contains("plain "), java.time.Duration.ofSeconds(10), "the plain module back");
            Result uninstall = as(operator, "-Dtlang.admin.dir=" + admin, "admin", "uninstall", "greet");
            assertEquals(0, uninstall.status(), uninstall.err());
            assertTrue(uninstall.out().contains("removed greet from " + toml + "\nuninstalled bundle tlang.package.greet 1.0.0\n"), uninstall.out());
            assertFalse(Files.readString(toml).contains("greet"));
            assertTrue(program.process.isAlive());
            assertEquals("", program.err.text());
        }
    }

    /**
     * Point 6, the Java side: a third-party scheduler bundle (the test fixture, not in the
     * distribution) published to the registry, installed into a running runtime and swapped to;
     * its uninstall refused while it is the bound scheduler.
     */
    @Test
    void aSchedulerBundleFromTheRegistryIntoARunningRuntimeThenSwappedTo() throws Exception {
        Path jar = Path.of(System.getProperty("tlang.it.faulty-scheduler"));
        Result published = as(publisher, "publish", jar.toString(), "--to", url, "--key", "acme");
        assertEquals(0, published.status(), published.err());
        Path operator = trustingOperator("acme");
        Path app = write("ticker.t", "static mut ticks: Int = 0;\nfn main() { loop { ticks += 1; println(\"tick {ticks}\"); sleep(20); } }\n");
        Path admin = temp.resolve("admin");
        List<String> run = CommandLineIT.launcher("-Duser.home=" + operator, "-Dtlang.admin.dir=" + admin);
        run.addAll(List.of("run", app.toString()));
        try (Launched program = new Launched(run)) {
            program.out.await(t -> t.contains("tick 3\n"), java.time.Duration.ofSeconds(30), "the program to tick");
            String d = "-Dtlang.admin.dir=" + admin;
            Result install = as(operator, d, "admin", "install", "org.tlang.test.scheduler.faulty", "--from", url);
            assertEquals(0, install.status(), install.err());
            assertTrue(install.out().startsWith("installed bundle org.tlang.test.scheduler.faulty 0.1.0"), install.out());
            assertTrue(install.out().contains("signed by acme, started, provides scheduler faulty (tlang admin swap scheduler faulty)"), install.out());

            Result swap = as(operator, d, "admin", "swap", "scheduler", "faulty");
            assertEquals(0, swap.status(), swap.err());
            assertTrue(as(operator, d, "admin", "status").out().contains("scheduler: faulty 0.1.0"));
            int mark = program.out.text().length();
            program.out.await(t -> t.substring(mark).contains("tick"), java.time.Duration.ofSeconds(10), "ticks on the new scheduler");

            Result inUse = as(operator, d, "admin", "uninstall", "org.tlang.test.scheduler.faulty");
            assertEquals(1, inUse.status());
            assertTrue(inUse.err().contains("is in use: it is the bound scheduler (faulty); swap to another first"), inUse.err());
            assertEquals(0, as(operator, d, "admin", "swap", "scheduler", "virtual").status());
            Result uninstall = as(operator, d, "admin", "uninstall", "org.tlang.test.scheduler.faulty");
            assertEquals(0, uninstall.status(), uninstall.err());
            assertTrue(uninstall.out().startsWith("uninstalled bundle org.tlang.test.scheduler.faulty 0.1.0"), uninstall.out());
            assertTrue(program.process.isAlive());
            assertEquals("", program.err.text());
        }
    }

    /** Rewrites {@code entry} of the zip {@code jar} with {@code text}, every other entry as it was (the signature files too). */
    private static void rewrite(Path jar, String entry, String text) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".new");
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) out.write(text.getBytes(StandardCharsets.UTF_8));
                else try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        Files.move(copy, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
