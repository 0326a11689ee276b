/**
 * Blocks, conditionals, loops and non-local exits. In statement position these complete with a
 * status ({@link org.tlang.interp.nodes.Node#executeStatement}); only a `break`, `continue` or
 * `return` nested in an expression travels as an exception ({@link org.tlang.interp.nodes.controlflow.ControlFlow}).
 */
package org.tlang.interp.nodes.controlflow;
