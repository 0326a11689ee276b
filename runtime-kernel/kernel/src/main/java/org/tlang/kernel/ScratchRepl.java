package org.tlang.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tlang.api.Diagnostic;
import org.tlang.api.Panic;
import org.tlang.api.ReplSession;
import org.tlang.api.Report;
import org.tlang.runtime.Cancellation;
import org.tlang.runtime.ProgramIo;
import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Lexer;
import org.tlang.lang.syntax.Token;
import org.tlang.modules.CompileException;
import org.tlang.modules.ModuleRegistry;
import org.tlang.spi.program.ModuleSource;
import org.tlang.spi.program.Staged;
import org.tlang.modules.RuntimeHost;
import org.tlang.tir.TExpr;
import org.tlang.tir.TFunction;
import org.tlang.tir.Type;

/**
 * A REPL built on hot reload: the session is one scratch module, rewritten and reloaded for each
 * input. Items become items of the module, {@code let} bindings become {@code static mut}s (so
 * reload keeps their values), and an expression becomes the body of a function that is called
 * once. A refused input leaves the module as it was. Each input is evaluated on a thread of its
 * own ({@link Evaluation}), which {@link #cancel} stops; the module's text remembers where each
 * part was typed ({@link ScratchSource}), and errors are shown there.
 */
final class ScratchRepl implements ReplSession {
    private static final String MODULE = "repl";
    private static final String EVAL = "__eval";
    private static final String PROBE = "__probe";
    private static final Pattern ITEM = Pattern.compile(
            "^(?:pub\\s+)?(?:async\\s+)?(fn|struct|enum|const|static\\s+mut|static|test\\s+fn|extern)\\s+([A-Za-z_]\\w*|\"[^\"]*\")");
    private static final Pattern IMPL = Pattern.compile("^impl\\b([^{]*)\\{");
    private static final Pattern LET = Pattern.compile("^let\\s+(?:mut\\s+)?([A-Za-z_]\\w*)\\s*(?::([^=]+))?=(?!=)(.*?);?\\s*$", Pattern.DOTALL);
    /** A frame of a panic's trace: {@code module.function (file:line:col)}. */
    private static final Pattern FRAME = Pattern.compile("^(.*) \\((.*):(\\d+):(\\d+)\\)$");

    /** An item as typed, from {@code at}. */
    private record Item(String code, Input.Position at) {}

    /** {@code let name: type = init}; {@code typeAt} is null for an inferred type. */
    private record Binding(String type, Input.Position typeAt, String init, Input.Position initAt, Input.Position letAt) {}

    private final Path folder;
    private final Path file;
    private final PrintStream out;
    private final PrintStream err;
    private final ModuleRegistry registry;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** The text of the module version that serves, for the positions in a panic's trace. */
    private ScratchSource serving = new ScratchSource();
    private int inputs;
    private volatile Evaluation running;

    ScratchRepl(RuntimeHost host) {
        this(new ModuleRegistry(host), host.io());
    }

    /** @param registry an empty registry whose program writes to {@code io} (native modules may be added) */
    ScratchRepl(ModuleRegistry registry, ProgramIo io) {
        this.out = io.out();
        this.err = io.err();
        try {
            folder = Files.createTempDirectory("tlang-repl-");
            file = folder.resolve(MODULE + ".t");
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.registry = registry;
        // process.exit in a task stops the input running then
        registry.onExit(this::cancel);
        try {
            registry.load(file);
        } catch (CompileException e) {
            throw new IllegalStateException("the empty scratch module does not compile: " + Report.compileErrors(e.diagnostics()));
        }
    }

    @Override
    public boolean eval(String input) {
        Input typed = next(input);
        return evaluate(() -> evalHere(typed));
    }

    @Override
    public boolean printType(String expression) {
        Input typed = next(expression);
        return evaluate(() -> {
            int start = start(typed.text());
            Type type = probe(typed.text().strip(), typed.at(start));
            if (type == null) return false;
            out.println(type);
            out.flush();
            return true;
        });
    }

    @Override
    public boolean load(Path path) {
        return evaluate(() -> loadHere(path));
    }

    @Override
    public void cancel() {
        Evaluation now = running;
        if (now != null) now.cancel();
    }

    private Input next(String text) {
        return new Input("<repl-" + ++inputs + ">", text);
    }

    /**
     * Runs one input on its own thread and reports how it failed, if it did; the session goes on
     * in any case, unless the program exited.
     */
    private boolean evaluate(BooleanSupplier work) {
        if (exited()) {
            err.print(Report.error("the session's program exited with status " + registry.exitStatus() + "; start a new session"));
            err.flush();
            return false;
        }
        Evaluation evaluation = new Evaluation(work);
        running = evaluation;
        try {
            evaluation.await();
        } finally {
            running = null;
        }
        if (exited()) {
            out.flush();
            registry.close();
            return false;
        }
        Panic failure = evaluation.failure();
        if (failure == null) return evaluation.accepted();
        out.flush();
        err.print(inSession(Report.panic(shown(failure))));
        err.flush();
        return false;
    }

    private boolean evalHere(Input typed) {
        String text = typed.text();
        String code = text.strip();
        if (code.isEmpty()) return true;
        int start = start(text);
        Input.Position at = typed.at(start);
        Input.Position end = at.after(code);
        Matcher let = LET.matcher(code);
        if (let.matches()) return bind(let, typed, start);
        String key = itemKey(code);
        if (key != null) return addItems(Map.of(key, new Item(code, at)));
        if (code.endsWith(";") || code.startsWith("while") || code.startsWith("for ")) {
            return switchTo(source(s -> s.written("pub fn " + EVAL + "() {\n", at).typed(code, at).written("\n}\n", end))) && call(false);
        }
        Type type = probe(code, at);
        if (type == null) return false;
        boolean unit = type == Type.UNIT;
        String head = unit ? "pub fn " + EVAL + "() {\n" : "pub fn " + EVAL + "() -> " + written(type) + " {\n";
        return switchTo(source(s -> s.written(head, at).typed(code, at).written(unit ? ";\n}\n" : "\n}\n", end))) && call(!unit);
    }

    private boolean loadHere(Path path) {
        Map<String, Item> loaded = new LinkedHashMap<>();
        try {
            Input file = new Input(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
            for (Map.Entry<Integer, String> item : topLevelItems(file.text()).entrySet()) {
                String key = itemKey(item.getValue());
                if (key == null) {
                    err.print(Report.error(path + ": only items can be loaded, not `" + item.getValue().lines().findFirst().orElse("") + "`"));
                    return false;
                }
                loaded.put(key, new Item(item.getValue(), file.at(item.getKey())));
            }
        } catch (IOException e) {
            err.print(Report.error("cannot read " + path + ": " + e.getMessage()));
            return false;
        }
        return addItems(loaded);
    }

    /** The offset of the first character of {@code text} that is not white space. */
    private static int start(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    @Override
    public boolean isComplete(String input) {
        Reporter reporter = new Reporter();
        List<Token> tokens = new Lexer(SourceFile.of("input", input), reporter).tokenize();
        if (reporter.diagnostics().stream().anyMatch(d -> d.message().startsWith("unterminated"))) return false;
        int depth = 0;
        for (Token t : tokens) {
            switch (t.kind()) {
                case LPAREN, LBRACE, LBRACKET -> depth++;
                case RPAREN, RBRACE, RBRACKET -> depth--;
                default -> { }
            }
        }
        return depth <= 0;
    }

    @Override
    public java.util.OptionalInt exitStatus() {
        Integer status = registry.exitStatus();
        return status == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(status);
    }

    private boolean exited() {
        return registry.exitStatus() != null;
    }

    @Override
    public void close() {
        registry.close();
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover scratch folder in the temp directory is harmless
        }
    }

    private boolean addItems(Map<String, Item> added) {
        Map<String, Item> next = new LinkedHashMap<>(items);
        next.putAll(added);
        if (!switchTo(render(next, bindings, s -> { }))) return false;
        items.clear();
        items.putAll(next);
        return true;
    }

    /**
     * {@code let x = e}: a static holds the value. A new name, or one whose type changed, is
     * initialised by the reload; one whose type is unchanged keeps its old value through the
     * reload, so the new value is assigned afterwards.
     */
    private boolean bind(Matcher let, Input typed, int start) {
        String name = let.group(1);
        String init = let.group(3).strip();
        Input.Position letAt = typed.at(start);
        Input.Position initAt = typed.at(start + let.start(3) + start(let.group(3)));
        String type;
        Input.Position typeAt = null;
        if (let.group(2) != null) {
            type = let.group(2).strip();
            typeAt = typed.at(start + let.start(2) + start(let.group(2)));
        } else {
            Type inferred = probe(init, initAt);
            if (inferred == null) return false;
            type = written(inferred);
        }
        Binding previous = bindings.get(name);
        Map<String, Binding> next = new LinkedHashMap<>(bindings);
        next.put(name, new Binding(type, typeAt, init, initAt, letAt));
        boolean assign = previous != null && previous.type().equals(type);
        Consumer<ScratchSource> assignFn = !assign ? s -> { } : s -> s
                .written("pub fn " + EVAL + "() {\n" + name + " = ", letAt).typed(init, initAt).written(";\n}\n", initAt.after(init));
        if (!switchTo(render(items, next, assignFn))) return false;
        bindings.clear();
        bindings.putAll(next);
        return !assign || call(false);
    }

    /**
     * A type as the session's source can name it: user types by their qualified name
     * ({@code std.json.Json}), which resolves whether or not its module was imported by name.
     */
    private static String written(Type t) {
        return switch (t) {
            case Type.Named n -> n.name() + (n.args().isEmpty() ? ""
                    : n.args().stream().map(ScratchRepl::written).collect(java.util.stream.Collectors.joining(", ", "<", ">")));
            case Type.Tuple tu -> tu.items().stream().map(ScratchRepl::written)
                    .collect(java.util.stream.Collectors.joining(", ", "(", tu.items().size() == 1 ? ",)" : ")"));
            case Type.Fn f -> {
                String ps = f.params().stream().map(ScratchRepl::written).collect(java.util.stream.Collectors.joining(", ", "fn(", ")"));
                yield f.result() == Type.UNIT ? ps : ps + " -> " + written(f.result());
            }
            case Type.Var v when v.binding() != null -> written(v.binding());
            default -> t.toString();
        };
    }

    /** The type of {@code expression}, typed at {@code at}, in the session as it is, or null after reporting why not. */
    private Type probe(String expression, Input.Position at) {
        if (!switchTo(source(s -> s.written("fn " + PROBE + "() {\nlet __value = ", at).typed(expression, at)
                .written(";\n}\n", at.after(expression))))) {
            return null;
        }
        TFunction probe = registry.module(MODULE).tir().function(PROBE);
        if (probe.body() instanceof TExpr.Block block && !block.statements().isEmpty()
                && block.statements().getFirst() instanceof TExpr.Let let) {
            return let.local().type();
        }
        throw new IllegalStateException("unexpected probe body " + probe.body());
    }

    private ScratchSource source(Consumer<ScratchSource> function) {
        return render(items, bindings, function);
    }

    private static ScratchSource render(Map<String, Item> items, Map<String, Binding> bindings, Consumer<ScratchSource> extra) {
        ScratchSource s = new ScratchSource();
        items.values().forEach(i -> s.typed(i.code(), i.at()).written("\n", i.at().after(i.code())));
        bindings.forEach((name, b) -> {
            s.written("static mut " + name + ": ", b.letAt());
            if (b.typeAt() != null) s.typed(b.type(), b.typeAt());
            else s.written(b.type(), b.letAt());
            s.written(" = ", b.letAt()).typed(b.init(), b.initAt()).written(";\n", b.initAt().after(b.init()));
        });
        extra.accept(s);
        return s;
    }

    private boolean switchTo(ScratchSource source) {
        Cancellation.check();
        try {
            Files.writeString(file, source.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Diagnostic> refused = switchHere();
        if (refused.isEmpty()) {
            serving = source;
            return true;
        }
        refused.forEach(d -> err.print(inSession(Report.diagnostic(shown(d, source)))));
        err.flush();
        return false;
    }

    /** A diagnostic about the scratch module, shown where its text was typed. */
    private Diagnostic shown(Diagnostic d, ScratchSource source) {
        if (!isScratch(d.file()) || d.line() <= 0) return d;
        Input.Position typed = source.origin(d.line(), d.column());
        if (typed == null) return d;
        return new Diagnostic(d.severity(), typed.input().name(), typed.line(), typed.column(), d.message(), typed.sourceLine());
    }

    /** A panic with its frames in the scratch module shown where they were typed; the input's own frame is {@code <input>}. */
    private Panic shown(Panic p) {
        return new Panic(p.message(), p.inner().stream().map(this::shown).toList(), p.omitted(), p.outer().stream().map(this::shown).toList());
    }

    private String shown(String frame) {
        Matcher m = FRAME.matcher(frame);
        if (!m.matches() || !isScratch(m.group(2))) return frame;
        String function = m.group(1).equals(MODULE + "." + EVAL) ? "<input>" : m.group(1);
        int line = Integer.parseInt(m.group(3));
        int column = Integer.parseInt(m.group(4));
        // a compiled frame knows its line only (column 0): it shows the typed line, column 0 as well
        Input.Position typed = serving.origin(line, Math.max(1, column));
        if (typed != null && column == 0) typed = new Input.Position(typed.input(), typed.line(), 0);
        return function + " (" + (typed == null ? "<repl>" : typed) + ")";
    }

    /**
     * The session's reload policy: a binding whose type changed means a new value, so a static whose
     * type changed starts over from its initialiser (a program's reload would refuse instead).
     * Returns why the new version was refused, or nothing once it serves.
     */
    private List<Diagnostic> switchHere() {
        Staged stage = registry.switcher().stage(List.of(ModuleSource.file(file)));
        if (!stage.compiled()) return stage.diagnostics();
        stage.changedStatics().forEach(stage::reset);
        if (!stage.strayMigrations().isEmpty()) return stage.strayMigrations();
        List<Diagnostic> failed = stage.initialise();
        if (!failed.isEmpty()) return failed;
        stage.commit();
        return List.of();
    }

    /** Runs the input's function; a panic ends the input ({@link #evaluate} reports it). */
    private boolean call(boolean print) {
        Cancellation.check();
        String value = registry.call(MODULE, EVAL);
        if (print) out.println(value);
        out.flush();
        return true;
    }

    /** Whether a diagnostic or a frame names the scratch file (by its path, or relative to where the runtime runs). */
    private boolean isScratch(String name) {
        return !name.isEmpty() && file.endsWith(Path.of(name));
    }

    /** Names the scratch file as the session, not as a temp path nobody typed. */
    private String inSession(String rendered) {
        return rendered.replace(file.toString(), "<repl>").replace(folder.getFileName().resolve(file.getFileName()).toString(), "<repl>");
    }

    private String itemKey(String code) {
        Matcher m = ITEM.matcher(code);
        if (m.find()) return m.group(1).replaceAll("\\s+", " ") + " " + m.group(2);
        if (code.startsWith("import ")) return code;
        Matcher impl = IMPL.matcher(code);
        if (impl.find()) return "impl " + impl.group(1).strip();
        return null;
    }

    /**
     * Splits a file into its top-level items at the points where brackets balance and a line ends:
     * each item by the offset in {@code text} where it starts.
     */
    private Map<Integer, String> topLevelItems(String text) {
        Map<Integer, String> result = new LinkedHashMap<>();
        StringBuilder current = new StringBuilder();
        int offset = 0;
        int itemStart = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = offset;
            offset += line.length() + 1;
            if (current.isEmpty() && (line.isBlank() || line.strip().startsWith("//"))) continue;
            if (current.isEmpty()) itemStart = lineStart + start(line);
            current.append(line).append('\n');
            String item = current.toString().strip();
            if (isComplete(item) && (item.endsWith("}") || item.endsWith(";"))) {
                if (!item.startsWith("module ")) result.put(itemStart, item);
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) result.put(itemStart, current.toString().strip());
        return result;
    }
}
