package org.tlang.spi.memory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The cap an allocator's {@code max-bytes} setting puts on the bytes it has handed out at once.
 * An allocation past it is refused with {@link QuotaExceededException}, which the std call that
 * asked returns as an {@code Err}, and counted ({@link #refusals}).
 *
 * @deprecated since 0.3.0 the kernel enforces {@code max-bytes} per program, so an allocator no
 *             longer counts one cap for the whole runtime; kept for allocators built against 0.2
 */
@Deprecated(since = "0.3.0", forRemoval = true)
public final class Quota {
    private final long maxBytes;
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();

    /** @param maxBytes the cap; 0 for none */
    public Quota(long maxBytes) {
        if (maxBytes < 0) throw new IllegalArgumentException("max-bytes must be 0 (no cap) or more, got " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** Takes {@code bytes} of the quota, or refuses them, leaving it as it was. */
    public void take(long bytes) {
        long now = taken.addAndGet(bytes);
        if (maxBytes > 0 && now > maxBytes) {
            taken.addAndGet(-bytes);
            refusals.incrementAndGet();
            throw new QuotaExceededException(bytes, now - bytes, maxBytes);
        }
    }

    /** Gives back {@code bytes} taken before. */
    public void give(long bytes) {
        taken.addAndGet(-bytes);
    }

    /** The allocations refused so far. */
    public long refusals() {
        return refusals.get();
    }
}
