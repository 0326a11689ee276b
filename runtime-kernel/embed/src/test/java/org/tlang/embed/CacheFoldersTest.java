package org.tlang.embed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFoldersTest {

    @Test
    void aFolderIsNamedAfterItsProcess() throws Exception {
        Path ours = CacheFolders.create();
        try {
            assertTrue(ours.getFileName().toString().startsWith("tlang-felix-" + ProcessHandle.current().pid() + "-"), ours.toString());
        } finally {
            Files.delete(ours);
        }
    }

    @Test
    void theSweepDeletesTheFoldersOfProcessesThatNoLongerRunOnly(@TempDir Path tmp) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = Files.createDirectories(tmp.resolve("tlang-felix-" + gone.pid() + "-123/bundle1"));
        Path alive = Files.createDirectories(tmp.resolve("tlang-felix-" + ProcessHandle.current().pid() + "-456"));
        Path other = Files.createDirectories(tmp.resolve("tlang-felix-notapid"));
        CacheFolders.sweep(tmp);
        assertFalse(Files.exists(dead.getParent()), "the folder of a process that ended");
        assertTrue(Files.exists(alive), "the folder of a running process");
        assertTrue(Files.exists(other), "a folder not named as the runtime names them");
    }
}
