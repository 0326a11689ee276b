package org.tlang.hotpatch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tlang.api.ReloadOutcome;
import org.tlang.api.Report;
import org.tlang.hotpatch.reload.Reloader;
import org.tlang.spi.program.RunningProgram;

/**
 * One watched program: a thread that waits on the folders of its source files and reloads each
 * changed file, after a short quiet period so that an editor's save arrives as one change.
 */
final class ProgramWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProgramWatch.class);
    private static final long QUIET_MS = 25;

    private final RunningProgram program;
    private final Reloader reloader;
    private final WatchService service;
    private final Set<Path> folders = new HashSet<>();
    private final Thread thread;

    private ProgramWatch(RunningProgram program, Reloader reloader, WatchService service) {
        this.program = program;
        this.reloader = reloader;
        this.service = service;
        this.thread = Thread.ofPlatform().daemon().name("tlang-watch").unstarted(this::loop);
    }

    static ProgramWatch start(RunningProgram program, Reloader reloader) {
        try {
            ProgramWatch watch = new ProgramWatch(program, reloader, FileSystems.getDefault().newWatchService());
            watch.registerFolders();
            watch.thread.start();
            return watch;
        } catch (IOException e) {
            program.err().println("warning: cannot watch the sources of " + program.mainFile() + ": " + e.getMessage());
            return null;
        }
    }

    private void registerFolders() throws IOException {
        for (Path source : program.sources()) {
            Path folder = source.toAbsolutePath().getParent();
            if (folders.add(folder)) {
                folder.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) collect(more, changed);
                Set<Path> sources = program.sources();
                List<Path> reload = changed.stream().filter(sources::contains).toList();
                if (!reload.isEmpty()) report(reloader.reload(reload)); // files saved together switch together
                registerFolders(); // a new version may import modules from other folders
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the program ended
        } catch (IOException | RuntimeException e) {
            LOG.error("file watching of {} stopped", program.mainFile(), e);
            program.err().println("warning: file watching stopped: " + e.getMessage());
        }
    }

    private static void collect(WatchKey key, Set<Path> changed) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) changed.add(folder.resolve(name).toAbsolutePath().normalize());
        }
        key.reset();
    }

    private void report(ReloadOutcome outcome) {
        program.err().print(Report.reload(outcome));
        program.err().flush();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
