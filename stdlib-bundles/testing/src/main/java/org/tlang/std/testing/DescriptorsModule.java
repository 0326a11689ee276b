package org.tlang.std.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tlang.spi.natives.JavaModule;

/** {@code test.fds}: {@code fds.count()}, the descriptors the process has open now, for leak tests that look while the program runs. */
public final class DescriptorsModule extends JavaModule {
    public DescriptorsModule() {
        super("test.fds", "", MethodHandles.lookup());
        function("count", "fn() -> Int", "count");
    }

    static long count() {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
