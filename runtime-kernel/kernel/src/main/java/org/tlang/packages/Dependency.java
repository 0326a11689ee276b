package org.tlang.packages;

import java.nio.file.Path;

/**
 * One entry of a manifest's {@code [dependencies]}: {@code geo = "^1.2"} or
 * {@code geo = { version = "^1", path = "../geo" }}.
 *
 * @param path the folder of a local package (absolute), or null to look in the packages folder
 */
public record Dependency(String name, Range range, Path path) {}
