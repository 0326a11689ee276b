package org.tlang.memory.arena;

import java.lang.foreign.MemorySegment;

/**
 * The chunks one task allocates from (or, for the shared region, whatever runs outside any task):
 * each allocation bumps a pointer in the current chunk; a full chunk is sealed and a new one made.
 * When the task ends its last chunk is sealed too, so what the task allocated and released is
 * freed then, at once.
 */
final class Region {
    private final long chunkBytes;
    private final Chunks chunks;
    private Chunk current;

    /** Where a region gets its chunks. */
    interface Chunks {
        Chunk make(long bytes, long alignment);
    }

    Region(long chunkBytes, Chunks chunks) {
        this.chunkBytes = chunkBytes;
        this.chunks = chunks;
    }

    /** A segment and the chunk it belongs to. */
    record Taken(MemorySegment segment, Chunk chunk) {}

    synchronized Taken take(long size, long alignment) {
        if (size > chunkBytes / 2 || alignment > 4096) {
            // a chunk of its own: bumping it through a shared chunk would waste most of one
            Chunk own = chunks.make(size, alignment);
            Taken t = new Taken(own.take(size, alignment), own);
            own.seal();
            return t;
        }
        MemorySegment s = current == null ? null : current.take(size, alignment);
        if (s == null) {
            if (current != null) current.seal();
            current = chunks.make(chunkBytes, 4096);
            s = current.take(size, alignment);
        }
        return new Taken(s, current);
    }

    /** The task ended: nothing more is taken from its chunks. */
    synchronized void end() {
        if (current != null) current.seal();
        current = null;
    }
}
