/**
 * Source text, positions and diagnostics. Errors are data: a {@link org.tlang.api.Diagnostic}
 * names file, line, column and message and renders itself Rust style; one
 * {@link org.tlang.lang.source.Reporter} collects every diagnostic of a compilation.
 */
package org.tlang.lang.source;
