package org.tlang.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tlang.lang.check.CheckedModule;
import org.tlang.lang.check.Checker;
import org.tlang.lang.check.ModuleInterface;
import org.tlang.api.Diagnostic;
import org.tlang.lang.source.Reporter;
import org.tlang.api.Severity;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Item;
import org.tlang.lang.syntax.Parser;
import org.tlang.lang.syntax.SourceUnit;

/**
 * Parses a file and the not-yet-loaded modules it imports (transitively), then checks them all
 * together against the interfaces of modules already loaded.
 */
final class FrontEnd {
    /** Result of one compile: the checked modules (entry first) and every diagnostic. */
    record Batch(List<CheckedModule> modules, Map<String, Path> files, List<Diagnostic> diagnostics) {
        boolean ok() {
            return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
        }

        List<Diagnostic> warningsOf(CheckedModule m) {
            String file = m.syntax().source().displayName();
            return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING && d.file().equals(file)).toList();
        }
    }

    private FrontEnd() {}

    /**
     * @param entry  the file to compile
     * @param loaded interfaces of modules already loaded (not re-parsed), null if unknown
     */
    static Batch compile(Path entry, Imports imports, Function<String, ModuleInterface> loaded) {
        return compile(entry, null, imports, loaded);
    }

    /**
     * @param entryText the entry module's source, or null to read it from {@code entry} (a rollback
     *                  or a patch compiles a version that is not what the file holds)
     */
    static Batch compile(Path entry, String entryText, Imports imports, Function<String, ModuleInterface> loaded) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (entryText != null) texts.put(imports.moduleName(entry), entryText);
        return compile(List.of(entry), texts, imports, loaded);
    }

    /**
     * Compiles several modules together (a reload transaction): they are checked against each
     * other's new versions and against the interfaces of the other loaded modules.
     *
     * @param entries the files to compile; their modules come first in the batch, in this order
     * @param texts   sources by module name that replace what the files hold
     * @param imports where imported modules are, and which imports are refused (between packages)
     */
    static Batch compile(List<Path> entries, Map<String, String> texts, Imports imports, Function<String, ModuleInterface> loaded) {
        Reporter reporter = new Reporter();
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, SourceUnit> units = new LinkedHashMap<>();
        Deque<String> work = new ArrayDeque<>();
        Path abs = entries.getFirst();
        for (Path file : entries) {
            String name = imports.moduleName(file);
            files.put(name, file);
            work.add(name);
        }
        while (!work.isEmpty()) {
            String name = work.poll();
            Path file = files.get(name);
            SourceUnit unit = parse(name, file, texts, reporter);
            if (unit == null) continue;
            List<Item> items = new ArrayList<>(unit.items());
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof Item.Import imp)) continue;
                String written = imp.module();
                String refused = imports.refusal(written, file);
                if (refused != null) {
                    reporter.error(unit.source(), imp.pos(), refused);
                    continue;
                }
                String mod = imports.moduleName(written, file);
                if (!mod.equals(written)) {
                    // a second major of a package: the import names it, under the alias it was written with
                    items.set(i, new Item.Import(imp.pos(), List.of(mod.split("\\.")), imp.names(), imp.namePositions(),
                            imp.alias() != null ? imp.alias() : imp.path().getLast()));
                }
                if (files.containsKey(mod) || (loaded.apply(mod) != null)) continue;
                Path target = imports.fileOf(written, file);
                if (!Files.isRegularFile(target)) {
                    reporter.error(unit.source(), imp.pos(), "cannot find module `" + written + "` (looked for " + ModuleNames.displayName(target) + ")");
                    continue;
                }
                files.put(mod, target);
                work.add(mod);
            }
            units.put(name, items.equals(unit.items()) ? unit : new SourceUnit(unit.source(), List.copyOf(items)));
        }
        List<Checker.Unit> toCheck = new ArrayList<>();
        for (Map.Entry<String, SourceUnit> u : units.entrySet()) toCheck.add(new Checker.Unit(u.getKey(), u.getValue()));
        Function<String, ModuleInterface> known = name -> units.containsKey(name) ? null : loaded.apply(name);
        List<CheckedModule> checked;
        try {
            checked = new Checker(reporter, known).check(toCheck);
        } catch (StackOverflowError e) {
            reporter.add(tooDeep(ModuleNames.displayName(abs)));
            checked = List.of();
        }
        return new Batch(checked, files, sorted(reporter.diagnostics()));
    }

    /** Reads and parses one module of a batch; null (after reporting why) if it cannot be read or nests too deeply. */
    private static SourceUnit parse(String name, Path file, Map<String, String> texts, Reporter reporter) {
        SourceFile source;
        String display = ModuleNames.displayName(file);
        try {
            source = texts.containsKey(name) ? new SourceFile(file, display, texts.get(name)) : SourceFile.read(file, display);
        } catch (SourceFile.BadEncoding e) {
            reporter.add(e.diagnostic(display));
            return null;
        } catch (IOException e) {
            String why = SourceFile.unreadable(file);
            reporter.add(Diagnostic.error(display, "cannot read " + display + ": " + (why != null ? why : e.toString())));
            return null;
        }
        try {
            return Parser.parse(source, reporter);
        } catch (StackOverflowError e) {
            reporter.add(tooDeep(source.displayName()));
            return null;
        }
    }

    /**
     * Compiles the T source of a native module (display name {@code <module>}) with its Java
     * functions declared in it; it may import only modules {@code loaded} knows.
     */
    static Batch compileNative(String module, String text, Map<String, String> nativeSignatures,
                               Function<String, ModuleInterface> loaded) {
        Reporter reporter = new Reporter();
        String display = "<" + module + ">";
        SourceFile source = new SourceFile(Path.of(display), display, text);
        SourceUnit unit;
        try {
            unit = Parser.parse(source, reporter);
        } catch (StackOverflowError e) {
            reporter.add(tooDeep(display));
            return new Batch(List.of(), Map.of(), reporter.diagnostics());
        }
        List<CheckedModule> checked = new Checker(reporter, name -> name.equals(module) ? null : loaded.apply(name))
                .check(List.of(new Checker.Unit(module, unit, nativeSignatures)));
        return new Batch(checked, Map.of(module, source.path()), sorted(reporter.diagnostics()));
    }

    /** Per file (in the order files first appear), by line and column; stable otherwise. */
    static List<Diagnostic> sorted(List<Diagnostic> ds) {
        List<String> fileOrder = ds.stream().map(Diagnostic::file).distinct().toList();
        List<Diagnostic> out = new ArrayList<>(ds);
        out.sort(java.util.Comparator.<Diagnostic>comparingInt(d -> fileOrder.indexOf(d.file()))
                .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return out;
    }

    static Diagnostic tooDeep(String file) {
        return error(file, "the program nests expressions too deeply to compile");
    }

    static Diagnostic error(String file, String message) {
        return new Diagnostic(Severity.ERROR, file, 0, 0, message);
    }
}
