package org.tlang.api;

/**
 * What {@link TlangRuntime#check} found.
 *
 * @param errors   how many diagnostics are errors (warnings do not count)
 * @param rendered every diagnostic with file:line:column, the source line and a caret; empty if none
 */
public record CheckResult(int errors, String rendered) {
    public boolean ok() {
        return errors == 0;
    }
}
