/** Lowering of checked syntax to TIR. */
package org.tlang.lang.lower;
