/**
 * Boots a tlang runtime inside a Java program: an Apache Felix framework with the runtime's
 * bundles, composed from a profile. {@link org.tlang.embed.Tlang} is the entry point.
 */
package org.tlang.embed;
