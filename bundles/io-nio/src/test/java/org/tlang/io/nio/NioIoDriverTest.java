package org.tlang.io.nio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NioIoDriverTest {
    static NioIoDriver.Config loops(int n) {
        return new NioIoDriver.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return NioIoDriver.Config.class;
            }

            @Override
            public int loops() {
                return n;
            }
        };
    }

    final NioIoDriver nio = new NioIoDriver(loops(1));
    final ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        tasks.shutdownNow();
        nio.deactivate();
    }

    private ServerSocketChannel listener() throws IOException {
        return nio.listen(new InetSocketAddress("127.0.0.1", 0), 64);
    }

    private static InetSocketAddress address(ServerSocketChannel l) throws IOException {
        return (InetSocketAddress) l.getLocalAddress();
    }

    @Test
    void aParkedAcceptAndReadWakeWhenTheOtherSideArrives() throws Exception {
        try (ServerSocketChannel l = listener()) {
            Future<String> server = tasks.submit(() -> {
                SocketChannel c = nio.accept(l, 0);
                assertFalse(c.isBlocking());
                InputStream in = nio.input(c);
                byte[] b = new byte[5];
                int n = in.readNBytes(b, 0, 5);
                nio.output(c).write("pong!".getBytes(StandardCharsets.US_ASCII));
                return new String(b, 0, n, StandardCharsets.US_ASCII);
            });
            Thread.sleep(100); // the accept parks first
            SocketChannel client = nio.connect(address(l), 2000);
            Thread.sleep(100); // and the read too
            nio.output(client).write("ping!".getBytes(StandardCharsets.US_ASCII));
            assertEquals("ping!", server.get(5, TimeUnit.SECONDS));
            assertEquals("pong!", new String(nio.input(client).readNBytes(5), StandardCharsets.US_ASCII));
            client.close();
            assertTrue((Long) nio.metrics().get("parks") >= 2, "the accept and the read parked: " + nio.metrics());
        }
    }

    @Test
    void aReadPastTheSocketTimeoutTimesOut() throws Exception {
        try (ServerSocketChannel l = listener(); SocketChannel client = nio.connect(address(l), 2000)) {
            SocketChannel server = nio.accept(l, 2000);
            server.socket().setSoTimeout(150);
            long t0 = System.nanoTime();
            assertThrows(SocketTimeoutException.class, () -> nio.input(server).read(new byte[10], 0, 10));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(ms >= 140 && ms < 2000, ms + " ms");
            server.close();
        }
    }

    @Test
    void anAcceptPastItsTimeoutTimesOut() throws Exception {
        try (ServerSocketChannel l = listener()) {
            assertThrows(SocketTimeoutException.class, () -> nio.accept(l, 100));
        }
    }

    @Test
    void closingAConnectionWakesItsParkedReader() throws Exception {
        try (ServerSocketChannel l = listener(); SocketChannel client = nio.connect(address(l), 2000)) {
            SocketChannel server = nio.accept(l, 2000);
            CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
                try {
                    nio.input(server).read(new byte[10], 0, 10);
                    return null;
                } catch (IOException e) {
                    return e;
                }
            }, tasks);
            Thread.sleep(100);
            server.close();
            assertTrue(reader.get(2, TimeUnit.SECONDS) instanceof java.nio.channels.ClosedChannelException, String.valueOf(reader.get()));
        }
    }

    @Test
    void twoHundredConnectionsEchoOnOneLoop() throws Exception {
        try (ServerSocketChannel l = listener()) {
            tasks.submit(() -> {
                while (true) {
                    SocketChannel c = nio.accept(l, 0);
                    tasks.submit(() -> {
                        InputStream in = nio.input(c);
                        OutputStream out = nio.output(c);
                        byte[] b = new byte[64];
                        for (int n; (n = in.read(b, 0, b.length)) > 0; ) out.write(b, 0, n);
                        c.close();
                        return null;
                    });
                }
            });
            List<Future<String>> clients = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = "client " + i;
                clients.add(tasks.submit(() -> {
                    try (SocketChannel c = nio.connect(address(l), 5000)) {
                        nio.output(c).write(text.getBytes(StandardCharsets.US_ASCII));
                        return new String(nio.input(c).readNBytes(text.length()), StandardCharsets.US_ASCII);
                    }
                }));
            }
            for (int i = 0; i < 200; i++) assertEquals("client " + i, clients.get(i).get(20, TimeUnit.SECONDS));
            assertEquals(400L, nio.metrics().get("connections"));
        }
    }

    @Test
    void aLoopCountOutOfRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NioIoDriver(loops(-1)));
        assertEquals("io.loops must be between 1 and 256 (0: one per processor), got -1", e.getMessage());
    }
}
