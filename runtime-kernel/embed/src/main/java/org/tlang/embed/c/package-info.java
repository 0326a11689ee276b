/**
 * The Java side of {@code libtlang.so}, the C embedding API ({@code tlang.h}): what its JNI calls
 * reach, and the byte form values cross the boundary in.
 */
package org.tlang.embed.c;
