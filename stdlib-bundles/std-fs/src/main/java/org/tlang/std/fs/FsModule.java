package org.tlang.std.fs;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.Tuple;
import org.tlang.runtime.Unit;
import org.tlang.runtime.Vec;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeContext;
import org.tlang.spi.natives.NativeModule;
import org.tlang.std.io.streams.IoErrors;
import org.tlang.std.io.streams.SegmentInput;
import org.tlang.std.io.streams.SegmentOutput;

/**
 * {@code std.fs}: files and folders. Files are opened through the program's I/O driver; every
 * function checks the capability {@code fs.read} or {@code fs.write} on the absolute path first.
 * Errors name the path as the program gave it.
 */
@Component(service = NativeModule.class)
public final class FsModule extends JavaModule {
    static final String SOURCE = """
            import std.io.{IoError, Reader, Writer};

            pub struct Metadata { size: Int, modified_ms: Int, is_dir: Bool, is_file: Bool }

            /// An open file: read it through `reader()` (from `open`) or write it through `writer()` (from `create`).
            pub struct File { id: Int }

            impl File {
                pub fn reader(self) -> Reader { Reader { id: self.id } }
                pub fn writer(self) -> Writer { Writer { id: self.id } }
                /// Flushes what was written and closes; closing again is Ok(()).
                pub fn close(self) -> Result<(), IoError> { self.reader().close() }
            }

            /// Opens a file to read.
            pub fn open(path: Str) -> Result<File, IoError> { Ok(File { id: open_file(path, false)? }) }
            /// Creates a file to write, or empties the one there.
            pub fn create(path: Str) -> Result<File, IoError> { Ok(File { id: open_file(path, true)? }) }

            pub fn metadata(path: Str) -> Result<Metadata, IoError> {
                let (size, modified_ms, is_dir, is_file) = stat(path)?;
                Ok(Metadata { size: size, modified_ms: modified_ms, is_dir: is_dir, is_file: is_file })
            }

            pub fn read_to_str(path: Str) -> Result<Str, IoError> { read_text(path) }
            pub fn write_str(path: Str, text: Str) -> Result<(), IoError> { write(path, text.bytes()) }
            """;

    public FsModule() {
        super("std.fs", SOURCE, MethodHandles.lookup());
        handle("File", "id");
        function("read", "fn(Str) -> Result<Bytes, IoError>", "read");
        function("read_text", "fn(Str) -> Result<Str, IoError>", "readText");
        function("write", "fn(Str, Bytes) -> Result<(), IoError>", "write");
        function("write_atomic", "fn(Str, Bytes) -> Result<(), IoError>", "writeAtomic");
        function("append_str", "fn(Str, Str) -> Result<(), IoError>", "appendStr");
        function("open_file", "fn(Str, Bool) -> Result<Int, IoError>", "openFile");
        function("exists", "fn(Str) -> Bool", "exists");
        function("stat", "fn(Str) -> Result<(Int, Int, Bool, Bool), IoError>", "stat");
        function("list_dir", "fn(Str) -> Result<Vec<Str>, IoError>", "listDir");
        function("create_dir_all", "fn(Str) -> Result<(), IoError>", "createDirAll");
        function("remove_file", "fn(Str) -> Result<(), IoError>", "removeFile");
        function("remove_dir_all", "fn(Str) -> Result<(), IoError>", "removeDirAll");
        function("rename", "fn(Str, Str) -> Result<(), IoError>", "rename");
        function("copy", "fn(Str, Str) -> Result<(), IoError>", "copy");
        function("temp_dir", "fn() -> Str", "tempDir");
    }

    static final Set<StandardOpenOption> READ = Set.of(StandardOpenOption.READ);
    static final Set<StandardOpenOption> TRUNCATE = Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING);
    static final Set<StandardOpenOption> APPEND = Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    /** The off-heap buffer of an open file, from the runtime's allocator. */
    static final int BUFFER = 64 * 1024;

    /** Checks {@code capability} on {@code path}, then runs {@code work} and returns {@code Ok} of its value. */
    static Object guarded(NativeContext cx, String capability, String path, IoErrors.Work work) {
        String denied = cx.denied(capability, absolute(path).toString());
        return denied != null ? IoErrors.denied(denied) : IoErrors.attempt(path, work);
    }

    static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }

    static Object read(NativeContext cx, String path) {
        return guarded(cx, "fs.read", path, () -> new Bytes(readAll(cx, path)));
    }

    static Object readText(NativeContext cx, String path) {
        return guarded(cx, "fs.read", path, () -> {
            byte[] bytes = readAll(cx, path);
            return org.tlang.std.io.streams.Stream.utf8(bytes, bytes.length);
        });
    }

    private static byte[] readAll(NativeContext cx, String path) throws IOException {
        try (FileChannel c = cx.io().openFile(absolute(path), READ)) {
            long size = c.size();
            if (size > Integer.MAX_VALUE - 8) throw new IOException("too large to read whole (" + size + " bytes): use fs.open");
            return Channels.newInputStream(c).readAllBytes();
        }
    }

    static Object write(NativeContext cx, String path, Bytes data) {
        return guarded(cx, "fs.write", path, () -> {
            writeAll(cx, absolute(path), TRUNCATE, data.toArray(), false);
            return Unit.VALUE;
        });
    }

    static Object appendStr(NativeContext cx, String path, String text) {
        return guarded(cx, "fs.write", path, () -> {
            writeAll(cx, absolute(path), APPEND, text.getBytes(StandardCharsets.UTF_8), false);
            return Unit.VALUE;
        });
    }

    private static void writeAll(NativeContext cx, Path file, Set<StandardOpenOption> options, byte[] bytes, boolean sync) throws IOException {
        try (FileChannel c = cx.io().openFile(file, options)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) c.write(buffer);
            if (sync) c.force(true);
        }
    }

    /**
     * Writes {@code data} to a temporary file beside {@code path}, forces it to the disk, renames it
     * over {@code path} (atomic on one file system) and forces the folder: a reader, a crash or a
     * {@code kill -9} sees the old content or the new, never a torn file.
     */
    static Object writeAtomic(NativeContext cx, String path, Bytes data) {
        return guarded(cx, "fs.write", path, () -> {
            Path target = absolute(path);
            Path folder = target.getParent();
            Path temp = folder.resolve("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            try {
                writeAll(cx, temp, Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW), data.toArray(), true);
                Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // a file system that cannot sync a folder still renamed atomically
            }
            return Unit.VALUE;
        });
    }

    /** Opens {@code path} to read, or to write (created or emptied); the id of its stream in the program's resources. */
    static Object openFile(NativeContext cx, String path, boolean write) {
        return guarded(cx, write ? "fs.write" : "fs.read", path, () -> {
            FileChannel c = cx.io().openFile(absolute(path), write ? TRUNCATE : READ);
            org.tlang.std.io.streams.Stream stream;
            try {
                stream = write
                        ? new org.tlang.std.io.streams.Stream(path, null, new SegmentOutput(c, cx.memory(), BUFFER), false, c)
                        : new org.tlang.std.io.streams.Stream(path, new SegmentInput(c, cx.memory(), BUFFER), null, false, c);
            } catch (IOException | RuntimeException e) {
                c.close(); // no buffer for it (the allocator's max-bytes): the file is not left open
                throw e;
            }
            return cx.resources().add(stream);
        });
    }

    /** False for a path that is not there, and for one the program may not read. */
    static boolean exists(NativeContext cx, String path) {
        return cx.denied("fs.read", absolute(path).toString()) == null && Files.exists(absolute(path));
    }

    static Object stat(NativeContext cx, String path) {
        return guarded(cx, "fs.read", path, () -> {
            BasicFileAttributes a = Files.readAttributes(absolute(path), BasicFileAttributes.class);
            return new Tuple(new Object[] {a.size(), a.lastModifiedTime().toMillis(), a.isDirectory(), a.isRegularFile()});
        });
    }

    static Object listDir(NativeContext cx, String path) {
        return guarded(cx, "fs.read", path, () -> {
            try (Stream<Path> entries = Files.list(absolute(path))) {
                return Vec.copyOf(entries.map(p -> p.getFileName().toString()).sorted().toList());
            }
        });
    }

    static Object createDirAll(NativeContext cx, String path) {
        return guarded(cx, "fs.write", path, () -> {
            Files.createDirectories(absolute(path));
            return Unit.VALUE;
        });
    }

    static Object removeFile(NativeContext cx, String path) {
        return guarded(cx, "fs.write", path, () -> {
            Path p = absolute(path);
            if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new IOException("is a directory (use fs.remove_dir_all)");
            Files.delete(p);
            return Unit.VALUE;
        });
    }

    /** Removes a folder and everything below it; symbolic links are removed, not followed. */
    static Object removeDirAll(NativeContext cx, String path) {
        return guarded(cx, "fs.write", path, () -> {
            Path root = absolute(path);
            if (!Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw Files.exists(root) ? new java.nio.file.NotDirectoryException(path) : new java.nio.file.NoSuchFileException(path);
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
            return Unit.VALUE;
        });
    }

    static Object rename(NativeContext cx, String from, String to) {
        String denied = cx.denied("fs.write", absolute(from).toString());
        if (denied != null) return IoErrors.denied(denied);
        return guarded(cx, "fs.write", to, () -> {
            try {
                Files.move(absolute(from), absolute(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new java.nio.file.NoSuchFileException(from);
            }
            return Unit.VALUE;
        });
    }

    /** Copies the bytes of {@code from} to {@code to} (created or emptied), through the I/O driver. */
    static Object copy(NativeContext cx, String from, String to) {
        String denied = cx.denied("fs.read", absolute(from).toString());
        if (denied != null) return IoErrors.denied(denied);
        FileChannel in;
        try {
            in = cx.io().openFile(absolute(from), READ);
        } catch (IOException e) {
            return IoErrors.err(from, e);
        }
        try (in) {
            return guarded(cx, "fs.write", to, () -> {
                try (FileChannel out = cx.io().openFile(absolute(to), TRUNCATE)) {
                    long size = in.size();
                    for (long done = 0; done < size; ) done += in.transferTo(done, size - done, out);
                }
                return Unit.VALUE;
            });
        } catch (IOException e) {
            return IoErrors.err(from, e);
        }
    }

    static String tempDir() {
        return System.getProperty("java.io.tmpdir");
    }
}
