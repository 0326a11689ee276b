/**
 * Tuples, collections (Vec, Map, Set and Bytes literals and indexing), structs, enum variants,
 * statics, string interpolation, matching and destructuring, `?` and joining a task.
 */
package org.tlang.interp.nodes.data;
