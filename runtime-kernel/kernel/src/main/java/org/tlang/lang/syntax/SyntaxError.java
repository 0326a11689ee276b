package org.tlang.lang.syntax;

/**
 * Unwinds the parser to the nearest recovery point once an error has been reported; carries no
 * message or stack trace of its own.
 */
final class SyntaxError extends RuntimeException {
    SyntaxError() {
        super(null, null, false, false);
    }
}
