package org.tlang.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Why a file the command line reads itself (a profile, a patch) could not be read, in words. */
final class Unreadable {
    private Unreadable() {}

    static String why(Path file, IOException e) {
        if (Files.isDirectory(file)) return "is a directory";
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof MalformedInputException) return "is not valid UTF-8";
        return e.getMessage();
    }
}
