package org.example.words;

import java.util.concurrent.ThreadFactory;

import org.tlang.spi.scheduler.CountedScheduler;

/** A scheduler a profile names {@code thread-per-task}: each T task gets a platform thread of its own. */
public final class ThreadPerTaskScheduler extends CountedScheduler {
    public ThreadPerTaskScheduler() {
        ThreadFactory threads = Thread.ofPlatform().daemon().name("thread-per-task-", 1).factory();
        super(r -> threads.newThread(r).start());
    }
}
