package org.tlang.interp.nodes.data;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Frame;
import org.tlang.runtime.StructValue;
import org.tlang.spi.natives.Resources;
import org.tlang.tir.Pos;

/** A handle struct literal (a native module's {@code File { id: .. }}): the program's resources learn the value that holds the resource. */
public final class HandleNew extends Node {
    private final Node made;
    private final Resources resources;

    public HandleNew(Node made, Resources resources, Pos pos) {
        super(pos);
        this.made = made;
        this.resources = resources;
    }

    @Override
    public Object execute(Frame f) {
        StructValue s = (StructValue) made.execute(f);
        resources.made(s);
        return s;
    }
}
