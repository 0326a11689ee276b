package org.tlang.api;

/** A profile that cannot be applied; the message names the file and the offending key. */
public final class ProfileException extends Exception {
    public ProfileException(String message) {
        super(message);
    }
}
