package org.tlang.packages;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tlang.api.Diagnostic;

/**
 * {@code tlang.lock}, beside a package's {@code t.toml}: every package its program resolved, with
 * the exact version, where it came from and the checksum of its sources, in order of name.
 */
public record Lockfile(List<Entry> packages) {
    public static final String FILE = "tlang.lock";

    /**
     * @param source   {@code path+../geo} (relative to the locking package) or {@code packages} (the packages folder)
     * @param checksum {@link Checksum#of} its folder
     */
    public record Entry(String name, Semver version, String source, String checksum) {}

    public Lockfile {
        packages = packages.stream().sorted(Comparator.comparing(Entry::name).thenComparing(Entry::version)).toList();
    }

    /** The entry of {@code name} (the lowest version, when two majors are locked), or null. */
    public Entry entry(String name) {
        for (Entry e : packages) if (e.name().equals(name)) return e;
        return null;
    }

    /** The entry of {@code name} on {@link Semver#line} {@code line} (two majors may be locked side by side), or null. */
    public Entry entry(String name, String line) {
        for (Entry e : packages) if (e.name().equals(name) && e.version().line().equals(line)) return e;
        return null;
    }

    /** The entries of {@code name}, lowest version first. */
    public List<Entry> entries(String name) {
        return packages.stream().filter(e -> e.name().equals(name)).toList();
    }

    /** The lock beside {@code root}'s t.toml, or null if there is none. */
    public static Lockfile read(Path root) throws PackageException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) return null;
        JsonNode doc;
        try {
            doc = new TomlMapper().readTree(Files.readString(file));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw bad(line, "is not valid TOML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw bad(0, "cannot be read: " + e.getMessage());
        }
        List<Entry> entries = new ArrayList<>();
        JsonNode list = doc.get("package");
        if (list != null && !list.isArray()) throw bad(0, "'package' must be an array of tables ([[package]])");
        if (list != null) {
            for (JsonNode p : list) {
                String name = p.path("name").asText(null), version = p.path("version").asText(null);
                String source = p.path("source").asText(null), checksum = p.path("checksum").asText(null);
                if (name == null || version == null || source == null || checksum == null) {
                    throw bad(0, "each [[package]] needs name, version, source and checksum (delete the file to write it again)");
                }
                try {
                    entries.add(new Entry(name, Semver.parse(version), source, checksum));
                } catch (Semver.Invalid ex) {
                    throw bad(0, "'package.version' of " + name + " " + ex.getMessage());
                }
            }
        }
        return new Lockfile(entries);
    }

    private static PackageException bad(int line, String message) {
        return new PackageException(List.of(new Diagnostic(org.tlang.api.Severity.ERROR, FILE, line, line > 0 ? 1 : 0, FILE + " " + message)));
    }

    /** The TOML text: the same packages give the same bytes. */
    public String text() {
        StringBuilder sb = new StringBuilder("# Written by tlang: the exact packages this package's program uses. Do not edit.\n");
        sb.append("version = 1\n");
        for (Entry e : packages) {
            sb.append("\n[[package]]\n");
            sb.append("name = ").append(quote(e.name())).append('\n');
            sb.append("version = ").append(quote(e.version().toString())).append('\n');
            sb.append("source = ").append(quote(e.source())).append('\n');
            sb.append("checksum = ").append(quote(e.checksum())).append('\n');
        }
        return sb.toString();
    }

    /** Writes it beside {@code root}'s t.toml, whole or not at all (a temporary file renamed into place). */
    public void write(Path root) throws IOException {
        Path tmp = Files.createTempFile(root, ".tlang.lock", ".tmp");
        try {
            Files.writeString(tmp, text());
            try {
                Files.move(tmp, root.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, root.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
