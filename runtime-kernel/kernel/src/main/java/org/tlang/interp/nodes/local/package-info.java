/**
 * Reads and writes of locals (frame slots, or the {@link org.tlang.runtime.Box} of a captured
 * mutable local), and the nodes that fuse an Int local with a constant operand.
 */
package org.tlang.interp.nodes.local;
