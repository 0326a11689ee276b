package org.tlang.spi.memory;

import java.util.concurrent.Callable;

/**
 * A memory subsystem that scopes what it does to tasks (an arena allocator, a region collector):
 * the kernel runs the root of every task of a program through {@link #around}, outside the task's
 * own resources, so the task's files and sockets are closed (and their buffers released) before
 * the scope ends. A task runs on one thread from its root to its end; what it hands on to another
 * task may be released later, from another thread.
 */
public interface TaskScoped {

    /** {@code work} as the root of a task, inside a scope of its own that ends when it does. */
    <T> Callable<T> around(Callable<T> work);
}
