package org.tlang.spi.cluster;

/**
 * A map shared by the members, of serialised keys and values (equal keys are equal bytes). Each
 * operation is atomic on its entry.
 */
public interface SharedMap {

    /** The value of {@code key}, or null. */
    byte[] get(byte[] key);

    /** Sets {@code key} to {@code value}; the value it had, or null. */
    byte[] put(byte[] key, byte[] value);

    /** Removes {@code key}; the value it had, or null. */
    byte[] remove(byte[] key);

    /**
     * Sets {@code key} to {@code value} only if its value is {@code expected} (null: only if it has
     * none); a null {@code value} removes it. Says whether it did.
     */
    boolean replace(byte[] key, byte[] expected, byte[] value);

    long size();
}
