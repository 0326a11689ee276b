/** Constants and operators: arithmetic, comparison, logic, casts and string operations. */
package org.tlang.interp.nodes.expression;
