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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tlang.api.Diagnostic;
import org.tlang.api.ReplSession;
import org.tlang.api.Report;
import org.tlang.runtime.PanicException;
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
 * once. A refused input leaves the module as it was.
 */
final class ScratchRepl implements ReplSession {
    private static final String MODULE = "repl";
    private static final String EVAL = "__eval";
    private static final String PROBE = "__probe";
    private static final Pattern ITEM = Pattern.compile(
            "^(?:pub\\s+)?(?:async\\s+)?(fn|struct|enum|const|static\\s+mut|static|test\\s+fn|extern)\\s+([A-Za-z_]\\w*|\"[^\"]*\")");
    private static final Pattern IMPL = Pattern.compile("^impl\\b([^{]*)\\{");
    private static final Pattern LET = Pattern.compile("^let\\s+(?:mut\\s+)?([A-Za-z_]\\w*)\\s*(?::([^=]+))?=(?!=)(.*?);?\\s*$", Pattern.DOTALL);

    private record Binding(String type, String init) {}

    private final Path folder;
    private final Path file;
    private final PrintStream out;
    private final PrintStream err;
    private final ModuleRegistry registry;
    private final Map<String, String> items = new LinkedHashMap<>();
    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    private int counter;

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
        try {
            registry.load(file);
        } catch (CompileException e) {
            throw new IllegalStateException("the empty scratch module does not compile: " + Report.compileErrors(e.diagnostics()));
        }
    }

    @Override
    public boolean eval(String input) {
        String code = input.strip();
        if (code.isEmpty()) return true;
        Matcher let = LET.matcher(code);
        if (let.matches()) return bind(let.group(1), let.group(2), let.group(3).strip());
        String key = itemKey(code);
        if (key != null) return addItems(Map.of(key, code));
        if (code.endsWith(";") || code.startsWith("while") || code.startsWith("for ")) {
            return switchTo(source("pub fn " + EVAL + "() {\n" + code + "\n}\n")) && call(false);
        }
        Type type = probe(code);
        if (type == null) return false;
        boolean unit = type == Type.UNIT;
        String fn = unit ? "pub fn " + EVAL + "() {\n" + code + ";\n}\n" : "pub fn " + EVAL + "() -> " + written(type) + " {\n" + code + "\n}\n";
        return switchTo(source(fn)) && call(!unit);
    }

    @Override
    public boolean printType(String expression) {
        Type type = probe(expression.strip());
        if (type == null) return false;
        out.println(type);
        out.flush();
        return true;
    }

    @Override
    public boolean load(Path path) {
        Map<String, String> loaded = new LinkedHashMap<>();
        try {
            for (String item : topLevelItems(Files.readString(path, StandardCharsets.UTF_8))) {
                String key = itemKey(item);
                if (key == null) {
                    err.print(Report.error(path + ": only items can be loaded, not `" + item.lines().findFirst().orElse("") + "`"));
                    return false;
                }
                loaded.put(key, item);
            }
        } catch (IOException e) {
            err.print(Report.error("cannot read " + path + ": " + e.getMessage()));
            return false;
        }
        return addItems(loaded);
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
    public void close() {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover scratch folder in the temp directory is harmless
        }
    }

    private boolean addItems(Map<String, String> added) {
        Map<String, String> next = new LinkedHashMap<>(items);
        next.putAll(added);
        if (!switchTo(render(next, bindings, ""))) return false;
        items.clear();
        items.putAll(next);
        return true;
    }

    /**
     * {@code let x = e}: a static holds the value. A new name, or one whose type changed, is
     * initialised by the reload; one whose type is unchanged keeps its old value through the
     * reload, so the new value is assigned afterwards.
     */
    private boolean bind(String name, String declared, String init) {
        String type = declared == null ? null : declared.strip();
        if (type == null) {
            Type inferred = probe(init);
            if (inferred == null) return false;
            type = written(inferred);
        }
        Binding previous = bindings.get(name);
        Map<String, Binding> next = new LinkedHashMap<>(bindings);
        next.put(name, new Binding(type, init));
        boolean assign = previous != null && previous.type().equals(type);
        String assignFn = assign ? "pub fn " + EVAL + "() {\n" + name + " = " + init + ";\n}\n" : "";
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

    /** The type of {@code expression} in the session as it is, or null after reporting why not. */
    private Type probe(String expression) {
        String fn = "fn " + PROBE + "() {\nlet __value = " + expression + ";\n}\n";
        if (!switchTo(source(fn))) return null;
        TFunction probe = registry.module(MODULE).tir().function(PROBE);
        if (probe.body() instanceof TExpr.Block block && !block.statements().isEmpty()
                && block.statements().getFirst() instanceof TExpr.Let let) {
            return let.local().type();
        }
        throw new IllegalStateException("unexpected probe body " + probe.body());
    }

    private String source(String function) {
        return render(items, bindings, function);
    }

    private static String render(Map<String, String> items, Map<String, Binding> bindings, String extra) {
        StringBuilder sb = new StringBuilder();
        items.values().forEach(i -> sb.append(i).append('\n'));
        bindings.forEach((name, b) -> sb.append("static mut ").append(name).append(": ").append(b.type())
                .append(" = ").append(b.init()).append(";\n"));
        return sb.append(extra).toString();
    }

    private boolean switchTo(String source) {
        try {
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Diagnostic> refused = switchHere();
        if (refused.isEmpty()) return true;
        refused.forEach(d -> err.print(inSession(Report.diagnostic(d))));
        err.flush();
        return false;
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

    private boolean call(boolean print) {
        try {
            String value = registry.call(MODULE, EVAL);
            if (print) out.println(value);
            out.flush();
            return true;
        } catch (PanicException e) {
            out.flush();
            err.print(inSession(Report.panic(e.toPanic())));
            err.flush();
            return false;
        }
    }

    /** Names the scratch file as the session, not as a temp path nobody typed. */
    private String inSession(String rendered) {
        return rendered.replace(file.toString(), "<repl>");
    }

    private String itemKey(String code) {
        Matcher m = ITEM.matcher(code);
        if (m.find()) return m.group(1).replaceAll("\\s+", " ") + " " + m.group(2);
        if (code.startsWith("import ")) return code;
        Matcher impl = IMPL.matcher(code);
        if (impl.find()) return "impl " + impl.group(1).strip();
        return null;
    }

    /** Splits a file into its top-level items at the points where brackets balance and a line ends. */
    private List<String> topLevelItems(String text) {
        List<String> result = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (current.isEmpty() && (line.isBlank() || line.strip().startsWith("//"))) continue;
            current.append(line).append('\n');
            String item = current.toString().strip();
            if (isComplete(item) && (item.endsWith("}") || item.endsWith(";"))) {
                if (!item.startsWith("module ")) result.add(item);
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) result.add(current.toString().strip());
        return result;
    }
}
