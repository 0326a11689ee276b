/**
 * Lexer, hand-written recursive-descent parser and the syntax tree (immutable records with
 * positions). String interpolation holes are lexed as source fragments and parsed as expressions.
 */
package org.tlang.lang.syntax;
