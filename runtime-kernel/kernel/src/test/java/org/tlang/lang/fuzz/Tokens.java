package org.tlang.lang.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits T source into pieces the mutator moves around: words, numbers, string literals,
 * punctuation (two-character operators kept whole) and whitespace or comments, so that joining the
 * pieces gives the text back. Deliberately not the real lexer: it must cut any text, however broken.
 */
final class Tokens {
    private static final List<String> PAIRS = List.of("::", "..", "=>", "->", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "//", "/*");

    private Tokens() {}

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
            } else if (c == '"') {
                while (j < s.length() && s.charAt(j) != '"' && s.charAt(j) != '\n') j += s.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(s.length(), j + 1);
            } else if (s.startsWith("//", i)) {
                j = s.indexOf('\n', i);
                if (j < 0) j = s.length();
            } else if (i + 1 < s.length() && PAIRS.contains(s.substring(i, i + 2))) {
                j = i + 2;
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }
}
