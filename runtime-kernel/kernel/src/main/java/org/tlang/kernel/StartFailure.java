package org.tlang.kernel;

/** A subsystem implementation did not start; the message says which and why, in one line. */
final class StartFailure extends Exception {
    StartFailure(String message) {
        super(message);
    }
}
