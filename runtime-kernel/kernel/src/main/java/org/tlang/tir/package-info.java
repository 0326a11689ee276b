/**
 * TIR, the typed intermediate representation every execution tier consumes: immutable records,
 * every expression with its T type and source position, calls to named functions by
 * {@link org.tlang.tir.FunctionRef} (linked through switchable cells by the tiers), no syntax
 * tree and no inference variables.
 */
package org.tlang.tir;
