/**
 * The interpreter's nodes: {@link org.tlang.interp.nodes.Node}, the bases of nodes of a primitive
 * T type ({@code LongNode}, {@code DoubleNode}, {@code BoolNode}) and of operators on one or two
 * operands. The nodes are in the packages below, by role; every node class is final.
 */
package org.tlang.interp.nodes;
