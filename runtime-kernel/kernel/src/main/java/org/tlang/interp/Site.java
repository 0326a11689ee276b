package org.tlang.interp;

import java.util.List;
import org.tlang.tir.Pos;
import org.tlang.tir.TLocal;

/**
 * One function as a debugger shows it: its name, its file, and its locals by their T names, each
 * with where it is declared (a parameter at the function's start), so that a stop shows those in scope.
 */
public record Site(String function, String file, List<Local> locals) {
    public Site {
        locals = List.copyOf(locals);
    }

    /** @param param whether it is a parameter (in scope from the start) */
    public record Local(TLocal local, Pos declared, boolean param) {}
}
