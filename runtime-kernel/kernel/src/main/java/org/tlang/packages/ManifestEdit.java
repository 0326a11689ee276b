package org.tlang.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Changes to the text of a {@code t.toml} that keep the rest of it (comments, order, spacing) as written. */
public final class ManifestEdit {
    private static final Pattern HEADER = Pattern.compile("\\s*\\[.*");
    private static final Pattern DEPENDENCIES = Pattern.compile("\\s*\\[dependencies]\\s*(#.*)?");

    private ManifestEdit() {}

    /**
     * {@code text} with {@code NAME = "RANGE"} added at the end of its {@code [dependencies]} table
     * (made at the end when there is none).
     *
     * @throws IllegalArgumentException when {@code name} is a dependency already
     */
    public static String addDependency(String text, String name, String range) {
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

    /**
     * {@code text} without dependency {@code name}: its line in {@code [dependencies]}, or its
     * {@code [dependencies.NAME]} table.
     *
     * @throws IllegalArgumentException when it is not a dependency
     */
    public static String removeDependency(String text, String name) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        Pattern existing = Pattern.compile("\\s*\"?" + Pattern.quote(name) + "\"?\\s*=.*");
        boolean inDependencies = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.trim().equals("[dependencies." + name + "]")) {
                int end = i + 1;
                while (end < lines.size() && !HEADER.matcher(lines.get(end)).matches()) end++;
                lines.subList(i, end).clear();
                return String.join("\n", lines) + "\n";
            }
            if (HEADER.matcher(line).matches()) inDependencies = DEPENDENCIES.matcher(line).matches();
            else if (inDependencies && existing.matcher(line).matches()) {
                lines.remove(i);
                return String.join("\n", lines) + "\n";
            }
        }
        throw new IllegalArgumentException(name + " is not a dependency");
    }
}
