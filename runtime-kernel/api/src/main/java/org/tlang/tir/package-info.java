/**
 * TIR, the typed intermediate representation every execution tier consumes: immutable records,
 * every expression with its T type and source position, calls to named functions by
 * {@link org.tlang.tir.FunctionRef} (linked through switchable cells by the tiers), no syntax
 * tree and no inference variables.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.tlang.tir;
