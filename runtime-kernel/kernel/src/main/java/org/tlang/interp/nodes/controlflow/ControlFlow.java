package org.tlang.interp.nodes.controlflow;

import org.tlang.interp.nodes.Node;
import org.tlang.runtime.Unit;

/**
 * Non-local exits inside a function body, as stackless exceptions. Loops catch `break` and
 * `continue` here; a `return` is caught where a function is entered (a call target, a direct call).
 */
public final class ControlFlow {
    private ControlFlow() {}

    /** Turns an abrupt statement completion into the exception that carries it out of an expression. */
    static RuntimeException of(int status, Object value) {
        return switch (status) {
            case Node.BREAK -> value == Unit.VALUE ? Break.PLAIN : new Break(value);
            case Node.CONTINUE -> Continue.INSTANCE;
            default -> new Return(value);
        };
    }

    static final class Break extends RuntimeException {
        static final Break PLAIN = new Break(Unit.VALUE);
        final Object value;

        Break(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    static final class Continue extends RuntimeException {
        static final Continue INSTANCE = new Continue();

        private Continue() {
            super(null, null, false, false);
        }
    }

    public static final class Return extends RuntimeException {
        public final Object value;

        public Return(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }
}
