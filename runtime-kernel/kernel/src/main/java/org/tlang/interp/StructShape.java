package org.tlang.interp;

import java.util.List;

/**
 * The runtime descriptor of a struct type. The registry keeps one per (name, shape), so a struct
 * whose declaration did not change keeps its descriptor, and its values stay valid, across reloads.
 */
public record StructShape(String name, String simpleName, List<String> fieldNames) {}
