package org.tlang.modules;

import org.tlang.lang.source.Reporter;
import org.tlang.lang.source.SourceFile;
import org.tlang.lang.syntax.Item;
import org.tlang.lang.syntax.Parser;
import org.tlang.lang.syntax.SourceUnit;
import org.tlang.lang.syntax.TypeRef;

/**
 * A live patch of one function: the function is found by the parser in the module's current
 * version and in the patch (a {@code fn} item alone, or a whole edited module of which only that
 * function is taken; for {@code Type::name}, the method in {@code impl Type}, or a lone {@code fn name}),
 * and the new version's text is the module with that one item's text replaced by the patch's.
 *
 * @param text    the new version's source, or null when {@code problem} says why there is none
 * @param problem what is wrong ({@code {module}} stands for the module's name), or null
 */
record FunctionPatch(String text, String problem) {

    static FunctionPatch of(String source, String function, String definition) {
        String type = function.contains("::") ? function.substring(0, function.indexOf("::")) : null;
        String name = type == null ? function : function.substring(function.indexOf("::") + 2);
        if (find(parse(source), type, name) == null) return new FunctionPatch(null, "module {module} has no function `" + function + "`");
        SourceUnit patch = parse(definition);
        String patchType = find(patch, type, name) != null ? type : null;
        if (find(patch, patchType, name) == null) return new FunctionPatch(null, "the patch has no definition of `" + function + "`");
        FunctionSource.Span old = FunctionSource.find(source, function);
        FunctionSource.Span fresh = FunctionSource.find(definition, patchType == null ? name : function);
        if (old == null || fresh == null) return new FunctionPatch(null, "the patch has no definition of `" + function + "`");
        String text = source.substring(0, old.start()) + definition.substring(fresh.start(), fresh.end()) + source.substring(old.end());
        return new FunctionPatch(text, null);
    }

    private static SourceUnit parse(String text) {
        return Parser.parse(SourceFile.of("patch", text), new Reporter());
    }

    /** The function {@code name} at the top level ({@code type} null) or in an {@code impl type} block; null if absent. */
    private static Item.Fn find(SourceUnit unit, String type, String name) {
        for (Item item : unit.items()) {
            if (type == null && item instanceof Item.Fn fn && fn.name().equals(name)) return fn;
            if (type != null && item instanceof Item.Impl impl && impl.target() instanceof TypeRef.Named n && n.path().getLast().equals(type)) {
                for (Item.Fn m : impl.methods()) if (m.name().equals(name)) return m;
            }
        }
        return null;
    }
}
