package org.tlang.packages;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tlang.api.Diagnostic;
import org.tlang.api.Severity;

/**
 * Reads a {@code t.toml}: {@code name} (a T identifier path), {@code version} (semver),
 * {@code [dependencies]} and {@code [capabilities]}. Reports every error in it, each with its line.
 */
public final class ManifestReader {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final List<String> KEYS = List.of("name", "version", "description", "dependencies", "capabilities");
    private final TomlMapper toml = new TomlMapper();

    /**
     * @param root    the package folder
     * @param display how errors name the file ({@code t.toml}, {@code ../geo/t.toml})
     */
    public Manifest read(Path root, String display) throws PackageException {
        String text;
        try {
            text = Files.readString(root.resolve("t.toml"));
        } catch (IOException e) {
            throw new PackageException(List.of(Diagnostic.error(display, "cannot read " + display + ": " + e.getMessage())));
        }
        return read(root, display, text);
    }

    Manifest read(Path root, String display, String text) throws PackageException {
        JsonNode doc;
        try {
            doc = toml.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            String[] lines = text.split("\r?\n", -1);
            String src = line > 0 && line <= lines.length ? lines[line - 1] : "";
            throw new PackageException(List.of(new Diagnostic(Severity.ERROR, display, Math.max(line, 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 1), "is not valid TOML: " + e.getOriginalMessage(), src)));
        }
        Errors errors = new Errors(display, new TomlLines(text));
        for (Map.Entry<String, JsonNode> e : doc.properties()) {
            if (!KEYS.contains(e.getKey())) errors.atKey(e.getKey(), "unknown key '" + e.getKey() + "' (a t.toml has " + String.join(", ", KEYS) + ")");
        }
        String name = text(doc, "name", errors);
        if (name != null && !NAME.matcher(name).matches()) {
            errors.atValue("name", "'name' must be a T identifier path (`geo`, `acme_geo`, `acme.geo`), not \"" + name + "\"");
            name = null;
        } else if (name != null && (name.equals("std") || name.startsWith("std."))) {
            errors.atValue("name", "'name' cannot be \"" + name + "\": `std` is the standard library's");
            name = null;
        }
        String versionText = text(doc, "version", errors);
        Semver version = null;
        if (versionText != null) {
            try {
                version = Semver.parse(versionText);
            } catch (Semver.Invalid e) {
                errors.atValue("version", "'version' " + e.getMessage());
            }
        }
        JsonNode description = doc.get("description");
        if (description != null && !description.isTextual()) errors.atValue("description", "'description' must be a string");
        List<Dependency> deps = dependencies(root, doc.get("dependencies"), name, errors);
        Capabilities caps = capabilities(doc.get("capabilities"), errors);
        if (!errors.list.isEmpty()) throw new PackageException(errors.list);
        return new Manifest(root, name, version, description == null ? null : description.asText(), deps, caps, errors.lines, display);
    }

    private static String text(JsonNode doc, String key, Errors errors) {
        JsonNode v = doc.get(key);
        if (v == null) {
            errors.atFile("'" + key + "' is missing (a package needs `" + key + " = \"..\"`)");
            return null;
        }
        if (!v.isTextual()) {
            errors.atValue(key, "'" + key + "' must be a string, not " + v);
            return null;
        }
        return v.asText();
    }

    private static List<Dependency> dependencies(Path root, JsonNode table, String self, Errors errors) {
        List<Dependency> out = new ArrayList<>();
        if (table == null) return out;
        if (!table.isObject()) {
            errors.atValue("dependencies", "'dependencies' must be a table of NAME = \"RANGE\"");
            return out;
        }
        for (Map.Entry<String, JsonNode> e : table.properties()) {
            String dep = e.getKey();
            String key = "dependencies." + dep;
            if (!NAME.matcher(dep).matches()) {
                errors.atKey(key, "'" + key + "': a dependency is named by a T identifier path, not \"" + dep + "\"");
                continue;
            }
            if (dep.equals(self)) {
                errors.atKey(key, "'" + key + "': a package cannot depend on itself");
                continue;
            }
            JsonNode v = e.getValue();
            String range;
            Path path = null;
            String rangeKey = key;
            if (v.isTextual()) {
                range = v.asText();
            } else if (v.isObject()) {
                for (Map.Entry<String, JsonNode> f : v.properties()) {
                    if (!f.getKey().equals("version") && !f.getKey().equals("path")) {
                        errors.atKey(key + "." + f.getKey(), "unknown key '" + key + "." + f.getKey() + "' (a dependency has version and path)");
                    }
                }
                JsonNode ver = v.get("version"), p = v.get("path");
                if (ver == null && p == null) {
                    errors.atKey(key, "'" + key + "' needs a version range, a path, or both");
                    continue;
                }
                if (ver != null && !ver.isTextual() || p != null && !p.isTextual()) {
                    errors.atValue(key, "'" + key + "': version and path must be strings");
                    continue;
                }
                range = ver == null ? "*" : ver.asText();
                rangeKey = key + ".version";
                if (p != null) path = root.resolve(p.asText()).toAbsolutePath().normalize();
            } else {
                errors.atValue(key, "'" + key + "' must be a version range (\"^1.2\") or a table { version = \"^1\", path = \"../geo\" }");
                continue;
            }
            try {
                out.add(new Dependency(dep, Range.parse(range), path));
            } catch (Range.Invalid ex) {
                errors.atValue(rangeKey, "'" + rangeKey + "' " + ex.getMessage());
            }
        }
        return out;
    }

    private static Capabilities capabilities(JsonNode table, Errors errors) {
        Map<String, List<String>> needs = new LinkedHashMap<>();
        if (table == null) return new Capabilities(needs);
        if (!table.isObject()) {
            errors.atValue("capabilities", "'capabilities' must be a table");
            return new Capabilities(needs);
        }
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : table.properties()) {
            if (e.getKey().equals("fs") && e.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> f : e.getValue().properties()) flat.put("fs." + f.getKey(), f.getValue());
            } else {
                flat.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, JsonNode> e : flat.entrySet()) {
            String key = "capabilities." + e.getKey();
            if (!Capabilities.NAMES.contains(e.getKey())) {
                errors.atKey(key, "unknown capability '" + e.getKey() + "' (capabilities: " + String.join(", ", Capabilities.NAMES) + ")");
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isBoolean()) {
                if (v.asBoolean()) needs.put(e.getKey(), List.of());
            } else if (v.isArray() && allText(v)) {
                List<String> limits = new ArrayList<>();
                v.forEach(x -> limits.add(x.asText()));
                needs.put(e.getKey(), limits);
            } else {
                errors.atValue(key, "'" + key + "' must be true or a list of strings (addresses or path prefixes)");
            }
        }
        return new Capabilities(needs);
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode x : array) if (!x.isTextual()) return false;
        return true;
    }

    /** The errors of one file, each placed at its key. */
    private static final class Errors {
        final String display;
        final TomlLines lines;
        final List<Diagnostic> list = new ArrayList<>();

        Errors(String display, TomlLines lines) {
            this.display = display;
            this.lines = lines;
        }

        void atKey(String key, String message) {
            add(lines.key(key), message);
        }

        void atValue(String key, String message) {
            add(lines.value(key), message);
        }

        void atFile(String message) {
            add(TomlLines.Place.FILE, message);
        }

        private void add(TomlLines.Place at, String message) {
            list.add(new Diagnostic(Severity.ERROR, display, at.line(), at.column(), message, at.text()));
        }
    }
}
