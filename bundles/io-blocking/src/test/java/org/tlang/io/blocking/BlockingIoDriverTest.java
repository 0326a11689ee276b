package org.tlang.io.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockingIoDriverTest {
    final BlockingIoDriver driver = new BlockingIoDriver();

    @TempDir
    Path dir;

    @Test
    void opensFilesAndCountsThem() throws IOException {
        Path file = dir.resolve("a.txt");
        try (FileChannel c = driver.openFile(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            c.write(ByteBuffer.wrap("hi".getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals("hi", Files.readString(file));
        assertThrows(NoSuchFileException.class, () -> driver.openFile(dir.resolve("missing"), Set.of(StandardOpenOption.READ)));
        assertEquals(1L, driver.metrics().get("files-opened"));
    }

    @Test
    void connectsToAListenerAndRefusesAClosedPort() throws IOException {
        try (ServerSocketChannel server = driver.listen(new InetSocketAddress("127.0.0.1", 0), 16)) {
            InetSocketAddress at = (InetSocketAddress) server.getLocalAddress();
            try (SocketChannel client = driver.connect(at, 2000); SocketChannel accepted = server.accept()) {
                client.write(ByteBuffer.wrap(new byte[] {42}));
                ByteBuffer in = ByteBuffer.allocate(1);
                accepted.read(in);
                assertEquals(42, in.get(0));
            }
            server.close();
            assertThrows(ConnectException.class, () -> driver.connect(at, 2000));
        }
        assertEquals(1L, driver.metrics().get("connections"));
        assertEquals(1L, driver.metrics().get("listeners"));
    }

    @Test
    void startsProcesses() throws Exception {
        Process p = driver.start(new ProcessBuilder("true"));
        assertEquals(0, p.waitFor());
        assertTrue(driver.metrics().get("processes").longValue() == 1L);
    }
}
