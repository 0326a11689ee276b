package org.tlang.lang.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Token-level mutations of T source: delete, duplicate, swap or replace tokens and spans, insert
 * keywords, brackets and tokens seen elsewhere in the corpus, splice spans of other programs,
 * truncate. All choices come from one seeded {@link Random}, so a seed replays the same inputs.
 */
final class TokenMutator {
    private static final List<String> INSERTS = List.of("fn", "let", "mut", "if", "else", "while", "loop", "for", "in", "break",
            "continue", "return", "match", "struct", "enum", "impl", "pub", "import", "as", "const", "static", "async", "await",
            "extern", "true", "false", "(", ")", "{", "}", "[", "]", "<", ">", ",", ";", ":", "::", ".", "..", "..=", "=>", "->",
            "|", "||", "&&", "?", "!", "#", "=", "+", "-", "*", "/", "%", "_", "()", "Some", "None", "Ok", "Err", "Self", "self",
            "Vec", "Map", "Int", "Str", "Bool", "Float", "0", "-1", "9223372036854775807", "9223372036854775808", "1.5", "1e400",
            "\"s\"", "\"${x}\"", "\"${\"", "'", "\\", "\"", "/*", "x", "T", "main", "é");

    private final Random random;
    private final List<String> dictionary = new ArrayList<>(INSERTS);

    TokenMutator(Random random) {
        this.random = random;
    }

    /** Adds the tokens of a corpus program to what insertions draw from. */
    void learn(String program) {
        for (String t : Tokens.split(program)) if (!t.isBlank() && t.length() < 24 && !dictionary.contains(t)) dictionary.add(t);
    }

    /** One to four mutations of {@code program}; {@code other} is a program to splice from. */
    String mutate(String program, String other) {
        List<String> tokens = new ArrayList<>(Tokens.split(program));
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) mutateOnce(tokens, Tokens.split(other));
        return String.join("", tokens);
    }

    private void mutateOnce(List<String> t, List<String> other) {
        if (t.isEmpty()) {
            t.add(pick(dictionary));
            return;
        }
        int i = random.nextInt(t.size());
        int span = Math.min(t.size() - i, 1 + random.nextInt(random.nextBoolean() ? 3 : 24));
        switch (random.nextInt(10)) {
            case 0 -> t.remove(i);
            case 1 -> t.subList(i, i + span).clear();
            case 2 -> t.addAll(i, new ArrayList<>(t.subList(i, i + span)));
            case 3 -> {
                int j = random.nextInt(t.size());
                String a = t.get(i);
                t.set(i, t.get(j));
                t.set(j, a);
            }
            case 4 -> t.add(i, " " + pick(INSERTS) + " ");
            case 5 -> t.set(i, pick(dictionary));
            case 6 -> t.add(i, pick(dictionary) + " ");
            case 7 -> {
                if (other.isEmpty()) return;
                int j = random.nextInt(other.size());
                t.addAll(i, other.subList(j, Math.min(other.size(), j + 1 + random.nextInt(40))));
            }
            case 8 -> t.subList(i, t.size()).clear();
            default -> {
                String s = t.get(i);
                int k = random.nextInt(s.length() + 1);
                char c = "(){}[]<>\"'\\$:;,.|_0aZ\n\u00e9\u0000".charAt(random.nextInt(22));
                t.set(i, s.substring(0, k) + c + s.substring(Math.min(s.length(), k + random.nextInt(2))));
            }
        }
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
