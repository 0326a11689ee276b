package org.tlang.spi.scheduler;

/** A task's work threw a checked exception; {@link #getCause()} is that exception. */
public final class TaskFailedException extends RuntimeException {
    public TaskFailedException(Throwable cause) {
        super(cause.toString(), cause);
    }
}
