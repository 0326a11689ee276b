/** Calls: direct through a function cell, async, of function values, and closure creation. */
package org.tlang.interp.nodes.call;
