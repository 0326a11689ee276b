package org.tlang.lang.syntax;

import java.util.List;
import org.tlang.tir.Pos;

/**
 * One token. {@code value} is a {@link Long} for INT (null when out of range; the parser may
 * still accept it after a minus sign), a {@link Double} for FLOAT, and the list of
 * {@link StrPart}s for STRING.
 */
public record Token(TokenKind kind, String text, Pos pos, Object value) {

    /** A piece of a string literal: literal text, or an interpolated expression's source. */
    public sealed interface StrPart {
        record Text(String text) implements StrPart {}

        record Hole(String source, Pos pos) implements StrPart {}
    }

    @SuppressWarnings("unchecked")
    public List<StrPart> parts() {
        return (List<StrPart>) value;
    }

    public String describe() {
        return switch (kind) {
            case IDENT -> "`" + text + "`";
            case INT, FLOAT -> "`" + text + "`";
            case STRING -> "string literal";
            default -> kind.describe();
        };
    }
}
