/**
 * Tier 0: TIR compiled to trees of executable nodes. Locals are frame slots (Int, Bool and Float
 * unboxed in a long array, references in an object array), calls go through
 * {@link org.tlang.interp.FunctionCell}s, statics live in {@link org.tlang.interp.StaticCell}s.
 * A T panic is a {@link org.tlang.interp.PanicException} carrying the T stack trace.
 */
package org.tlang.interp;
