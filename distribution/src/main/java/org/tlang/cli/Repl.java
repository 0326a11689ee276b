package org.tlang.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jline.keymap.KeyMap;
import org.jline.reader.Buffer;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.Signals;
import org.tlang.api.ReplSession;

/**
 * {@code tlang repl}: a line editor (JLine: history, multi-line input while brackets or strings
 * are open) in front of a kernel {@link ReplSession}. The keys work as in Python's REPL: Ctrl-C
 * stops the input being evaluated, or at the prompt drops the line (or the unfinished input);
 * Ctrl-D on an empty line ends the session, and on the empty line of an unfinished input drops
 * that input. A {@code process.exit(status)} ends the session with that status.
 */
final class Repl {
    private static final String HELP = """
            Enter items (fn, struct, enum, impl, import ...), bindings (let x = ..), statements or expressions.
              :type EXPR   print the type of an expression
              :load FILE   add the items of a T file to the session
              :help        this text
              :quit        leave (or Ctrl-D on an empty line)
            Keys: Ctrl-C stops the input being evaluated, or drops the line being typed;
                  Ctrl-D on the empty line of an unfinished input drops that input.""";
    /** The widget of Ctrl-D. */
    private static final String END_OF_INPUT = "tlang-end-of-input";

    private Repl() {}

    private static Terminal opened(CompletableFuture<Terminal> opening) throws IOException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw e;
        }
    }

    /**
     * Opens the terminal on a thread of its own, so that JLine's set-up (about 100 ms) runs while the
     * runtime boots; {@link #run} takes it.
     */
    static CompletableFuture<Terminal> openTerminal() {
        CompletableFuture<Terminal> terminal = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("tlang-terminal").start(() -> {
            try {
                terminal.complete(TerminalBuilder.builder().name("tlang").system(true).dumb(true).build());
            } catch (IOException | RuntimeException e) {
                terminal.completeExceptionally(e);
            }
        });
        return terminal;
    }

    /** Closes the terminal if the REPL never ran (the runtime did not start); closing it twice is harmless. */
    static void close(CompletableFuture<Terminal> opening) {
        try {
            opened(opening).close();
        } catch (IOException | RuntimeException e) {
            // nothing was set up on it
        }
    }

    static int run(ReplSession session, CompletableFuture<Terminal> opening) throws IOException {
        try (Terminal terminal = opened(opening)) {
            PrintStream out = new PrintStream(terminal.output(), true);
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("tlang")
                    .parser(new InputParser(session))
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".tlang_history"))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P... ")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            reader.getWidgets().put(END_OF_INPUT, () -> endOfInput(reader));
            for (String keymap : List.of(LineReader.EMACS, LineReader.VIINS)) {
                reader.getKeyMaps().get(keymap).bind(new Reference(END_OF_INPUT), KeyMap.ctrl('D'));
            }
            // while an input is evaluated (not read: JLine handles Ctrl-C itself then), Ctrl-C cancels it
            terminal.handle(Terminal.Signal.INT, signal -> session.cancel());
            if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
                // a dumb terminal (input from a pipe) leaves SIGINT to the JVM, which would exit: route it to the terminal
                Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT));
            }
            out.println(LightCommands.versionLine() + " REPL. :help for help, :quit to leave.");
            while (true) {
                String line;
                try {
                    line = reader.readLine("t> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    if (e.getPartialLine() != null) {
                        out.println();
                        continue; // Ctrl-D dropped an unfinished input; at the end of piped input the next read ends
                    }
                    return 0;
                }
                String input = line.strip();
                if (input.equals(":quit") || input.equals(":q")) return 0;
                if (input.equals(":help")) {
                    out.println(HELP);
                } else if (input.startsWith(":type ")) {
                    session.printType(input.substring(6));
                } else if (input.startsWith(":load ")) {
                    session.load(Path.of(input.substring(6).strip()));
                } else if (input.startsWith(":")) {
                    out.println("unknown command " + input.split("\\s")[0] + "; :help lists them");
                } else {
                    session.eval(line);
                }
                // process.exit leaves the REPL with its status, as exit(3) leaves Python's
                if (session.exitStatus().isPresent()) return session.exitStatus().getAsInt();
            }
        }
    }

    /**
     * Ctrl-D: on an empty buffer it ends the session; on the empty last line of an unfinished input
     * it drops the input (what Python does, where the unfinished input is then an error); elsewhere
     * it deletes the character under the cursor, as it does in Emacs and bash.
     */
    private static boolean endOfInput(LineReader reader) {
        Buffer buffer = reader.getBuffer();
        String text = buffer.toString();
        if (text.isEmpty()) throw new EndOfFileException();
        boolean onEmptyLastLine = buffer.cursor() == text.length() && text.substring(text.lastIndexOf('\n') + 1).isBlank();
        if (text.contains("\n") && onEmptyLastLine) throw new EndOfFileException().partialLine(text);
        reader.callWidget(LineReader.DELETE_CHAR_OR_LIST);
        return true;
    }

    /** Asks for another line while the input so far is incomplete T (an open bracket, string or comment). */
    private static final class InputParser extends DefaultParser {
        private final ReplSession session;

        InputParser(ReplSession session) {
            this.session = session;
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && !session.isComplete(line)) {
                throw new EOFError(-1, -1, "incomplete input");
            }
            return new ArgumentList(line, List.of(line), 0, 0, cursor, null, 0, 0);
        }
    }
}
