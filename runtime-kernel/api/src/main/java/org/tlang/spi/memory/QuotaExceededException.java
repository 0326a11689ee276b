package org.tlang.spi.memory;

/** An allocation refused because it would take an allocator past its {@code max-bytes} ({@link Quota}). */
public final class QuotaExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QuotaExceededException(long asked, long inUse, long maxBytes) {
        super("allocator quota exceeded: " + asked + " bytes asked with " + inUse + " of max-bytes = " + maxBytes + " in use");
    }
}
