package org.tlang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChannelTest {
    @Test
    void selectWakesWhenAWatchedChannelGetsAValueOrCloses() throws Exception {
        Channel a = new Channel(1);
        Channel b = new Channel(1);
        CompletableFuture<Channel.Selected> first = CompletableFuture.supplyAsync(() -> selectOf(a, b));
        Thread.sleep(20);
        b.send("x");
        assertEquals(new Channel.Selected(1, "x"), first.get(5, TimeUnit.SECONDS));
        CompletableFuture<Channel.Selected> second = CompletableFuture.supplyAsync(() -> selectOf(a, b));
        Thread.sleep(20);
        a.close();
        assertEquals(new Channel.Selected(0, null), second.get(5, TimeUnit.SECONDS));
    }

    @Test
    void anInterruptedSelectThrowsAndStopsWatching() throws Exception {
        Channel a = new Channel(1);
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> Channel.select(List.of(a)));
        assertSame(Channel.EMPTY, a.poll());
        a.send(1);
        assertEquals(1, a.recv(0));
        assertSame(Channel.EMPTY, a.recv(10));
    }

    private static Channel.Selected selectOf(Channel... channels) {
        try {
            return Channel.select(List.of(channels));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
