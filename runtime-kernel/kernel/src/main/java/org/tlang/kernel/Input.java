package org.tlang.kernel;

/**
 * Text the user gave a REPL session: one input ({@code <repl-3>}) or a loaded file (its path). What
 * the session reports about it names it so, at lines and columns of this text.
 */
record Input(String name, String text) {

    /** A place in an input, as its diagnostics and traces show it. */
    record Position(Input input, int line, int column) {

        /** The place just after {@code typed}, if it was typed from here. */
        Position after(String typed) {
            int nl = typed.lastIndexOf('\n');
            if (nl < 0) return new Position(input, line, column + typed.length());
            return new Position(input, line + (int) typed.chars().filter(c -> c == '\n').count(), typed.length() - nl);
        }

        /** The text of this position's line. */
        String sourceLine() {
            return input.line(line);
        }

        @Override
        public String toString() {
            return input.name + ":" + line + ":" + column;
        }
    }

    /** The place of the character at {@code offset}. */
    Position at(int offset) {
        return new Position(this, 1, 1).after(text.substring(0, offset));
    }

    /** The text of 1-based {@code line}, without its line terminator; empty if out of range. */
    String line(int line) {
        String[] lines = text.split("\r?\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }
}
