package org.tlang.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Changes to the text of a {@code t.toml} that keep the rest of it (comments, order, spacing) as written. */
final class ManifestEdit {
    private static final Pattern HEADER = Pattern.compile("\\s*\\[.*");
    private static final Pattern DEPENDENCIES = Pattern.compile("\\s*\\[dependencies]\\s*(#.*)?");

    private ManifestEdit() {}

    /**
     * {@code text} with {@code NAME = "RANGE"} added at the end of its {@code [dependencies]} table
     * (made at the end when there is none).
     *
     * @throws IllegalArgumentException when {@code name} is a dependency already
     */
    static String addDependency(String text, String name, String range) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        String line = name + " = \"" + range + "\"";
        Pattern existing = Pattern.compile("\\s*\"?" + Pattern.quote(name) + "\"?\\s*=.*");
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (DEPENDENCIES.matcher(lines.get(i)).matches()) header = i;
            if (lines.get(i).trim().equals("[dependencies." + name + "]")) throw new IllegalArgumentException(name + " is a dependency already (line " + (i + 1) + ")");
        }
        if (header < 0) {
            if (!lines.isEmpty() && !lines.getLast().isBlank()) lines.add("");
            lines.add("[dependencies]");
            lines.add(line);
            return String.join("\n", lines) + "\n";
        }
        int last = header;
        for (int i = header + 1; i < lines.size() && !HEADER.matcher(lines.get(i)).matches(); i++) {
            if (existing.matcher(lines.get(i)).matches()) throw new IllegalArgumentException(name + " is a dependency already (line " + (i + 1) + ")");
            if (!lines.get(i).isBlank()) last = i;
        }
        lines.add(last + 1, line);
        return String.join("\n", lines) + "\n";
    }
}
