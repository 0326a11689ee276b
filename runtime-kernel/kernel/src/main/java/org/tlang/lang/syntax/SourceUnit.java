package org.tlang.lang.syntax;

import java.util.List;
import org.tlang.lang.source.SourceFile;

/** The syntax tree of one file. */
public record SourceUnit(SourceFile source, List<Item> items) {}
