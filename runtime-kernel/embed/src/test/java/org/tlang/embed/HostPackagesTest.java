package org.tlang.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostPackagesTest {

    @Test
    void keepsTheFirstClauseOfEachPackageAndTheCommasInsideQuotes() {
        assertEquals("org.slf4j;uses:=\"org.slf4j.event,org.slf4j.spi\";version=\"2.0.20\",org.slf4j.spi;version=\"2.0.20\"",
                HostPackages.firstOfEach("org.slf4j;uses:=\"org.slf4j.event,org.slf4j.spi\";version=\"2.0.20\","
                        + "org.slf4j.spi;version=\"2.0.20\",org.slf4j;version=\"1.7.36\""));
    }

    @Test
    void exportsTheApiAndSlf4jFromTheClassPath() {
        String header = HostPackages.exportHeader();
        assertTrue(header.contains("org.tlang.api;"), header);
        assertTrue(header.contains("org.slf4j;uses:="), header);
        assertTrue(!header.contains("1.7.36"), header);
    }
}
