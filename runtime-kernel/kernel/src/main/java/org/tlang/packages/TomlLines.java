package org.tlang.packages;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each key of a small TOML file is written: the line and column of {@code dependencies.geo}
 * or {@code dependencies.geo.path}, so that an error about a key's value can point at it (Jackson's
 * tree has no positions). Tables, dotted keys and inline tables on one line are enough for
 * {@code t.toml} and {@code tlang.lock}; a key it does not find falls back to its table, then to the file.
 */
final class TomlLines {
    /** A place in the file: {@code line} 0 means the file as a whole. */
    record Place(int line, int column, String text) {
        static final Place FILE = new Place(0, 0, "");
    }

    private static final Pattern HEADER = Pattern.compile("\\s*\\[\\[?\\s*([^\\]]+?)\\s*\\]\\]?\\s*(#.*)?");
    private static final Pattern KEY = Pattern.compile("\\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\\s*\\.\\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\\s*=\\s*");
    private static final Pattern INLINE_KEY = Pattern.compile("[{,]\\s*([A-Za-z0-9_-]+)\\s*=\\s*");

    private final Map<String, Place> keys = new HashMap<>();
    private final Map<String, Place> values = new HashMap<>();

    TomlLines(String text) {
        String table = "";
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                table = normalise(h.group(1));
                keys.putIfAbsent(table, new Place(i + 1, line.indexOf('[') + 1, line));
                continue;
            }
            Matcher k = KEY.matcher(line);
            if (!k.lookingAt()) continue;
            String key = join(table, normalise(k.group(1)));
            keys.putIfAbsent(key, new Place(i + 1, k.start(1) + 1, line));
            values.putIfAbsent(key, new Place(i + 1, k.end() + 1, line));
            String rest = line.substring(k.end());
            if (!rest.startsWith("{")) continue;
            Matcher in = INLINE_KEY.matcher(rest);
            while (in.find()) {
                String sub = join(key, in.group(1));
                keys.putIfAbsent(sub, new Place(i + 1, k.end() + in.start(1) + 1, line));
                values.putIfAbsent(sub, new Place(i + 1, k.end() + in.end() + 1, line));
            }
        }
    }

    /** Where {@code key} (dotted) is written, else its nearest table. */
    Place key(String key) {
        for (String k = key; ; k = k.substring(0, k.lastIndexOf('.'))) {
            Place p = keys.get(k);
            if (p != null) return p;
            if (k.indexOf('.') < 0) return Place.FILE;
        }
    }

    /** Where the value of {@code key} starts, else where the key is. */
    Place value(String key) {
        Place p = values.get(key);
        return p != null ? p : key(key);
    }

    private static String join(String table, String key) {
        return table.isEmpty() ? key : table + "." + key;
    }

    private static String normalise(String dotted) {
        StringBuilder sb = new StringBuilder();
        for (String part : dotted.split("\\s*\\.\\s*(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)")) {
            String p = part.trim();
            if (p.length() >= 2 && (p.startsWith("\"") && p.endsWith("\"") || p.startsWith("'") && p.endsWith("'"))) p = p.substring(1, p.length() - 1);
            if (!sb.isEmpty()) sb.append('.');
            sb.append(p);
        }
        return sb.toString();
    }
}
