/**
 * Tier 0: TIR compiled to trees of executable nodes. Locals are frame slots (Int, Bool and Float
 * unboxed in a long array, references in an object array; local {@code i} uses slot {@code i}),
 * calls go through {@link org.tlang.interp.FunctionCell}s grouped per program in
 * {@link org.tlang.interp.LinkGroup}s, statics live in {@link org.tlang.runtime.StaticCell}s. The
 * values the nodes compute are those of {@link org.tlang.runtime}.
 *
 * <p>This package is what the rest of the kernel uses: the {@link org.tlang.interp.NodeCompiler},
 * call targets and their linkage. The nodes themselves are in {@link org.tlang.interp.nodes} and
 * its packages by role.
 */
package org.tlang.interp;
