package org.tlang.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * One bundle to install.
 *
 * @param name       file name, for messages
 * @param location   the OSGi location; {@code reference:file:..} installs a jar in place, without copying
 * @param startLevel 1 for the platform (logging must be up before anything logs), 2 for the rest
 * @param onDemand   installed but not started (nor resolved) at boot: a std module's bundle, or a library
 *                   only they use, started by the kernel when a program first imports the module
 * @param file       the jar on disk when it is installed in place, else null
 * @param content    the jar's bytes, or null when the location can be read directly
 */
record BundleJar(String name, String location, int startLevel, boolean onDemand, Path file, Opener content) {

    interface Opener {
        InputStream open() throws IOException;
    }
}
