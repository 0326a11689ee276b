package org.tlang.embed;

import java.io.IOException;
import java.io.InputStream;

/**
 * One bundle to install.
 *
 * @param name       file name, for messages
 * @param location   the OSGi location; {@code reference:file:..} installs a jar in place, without copying
 * @param startLevel 1 for the platform (logging must be up before anything logs), 2 for the rest
 * @param content    the jar's bytes, or null when the location can be read directly
 */
record BundleJar(String name, String location, int startLevel, Opener content) {

    interface Opener {
        InputStream open() throws IOException;
    }
}
