package org.tlang.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a REPL session's scratch module, and where each part of it came from: copied from
 * what the user typed, or written by the session around it (the wrapper of an expression, a
 * binding's {@code static mut}). A position in the text maps back to what was typed, so that
 * errors point there and never at the wrapper.
 */
final class ScratchSource {
    /** From here on the text is {@code origin}'s (typed: character for character; else written at it). */
    private record Anchor(int line, int column, Input.Position origin, boolean typed) {}

    private final StringBuilder text = new StringBuilder();
    private final List<Anchor> anchors = new ArrayList<>();
    private int line = 1;
    private int column = 1;

    /** Text copied from an input, starting at {@code from}. */
    ScratchSource typed(String s, Input.Position from) {
        return append(s, new Anchor(line, column, from, true));
    }

    /** Text the session writes: an error anywhere in it is shown at {@code at}. */
    ScratchSource written(String s, Input.Position at) {
        return append(s, new Anchor(line, column, at, false));
    }

    private ScratchSource append(String s, Anchor anchor) {
        anchors.add(anchor);
        text.append(s);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return this;
    }

    String text() {
        return text.toString();
    }

    /** Where the text at {@code line}:{@code column} came from; null for a position before all of it (none). */
    Input.Position origin(int line, int column) {
        Anchor found = null;
        for (Anchor a : anchors) {
            if (a.line > line || (a.line == line && a.column > column)) break;
            found = a;
        }
        if (found == null) return null;
        Input.Position o = found.origin;
        if (!found.typed) return o;
        if (line == found.line) return new Input.Position(o.input(), o.line(), o.column() + column - found.column);
        return new Input.Position(o.input(), o.line() + line - found.line, column);
    }
}
