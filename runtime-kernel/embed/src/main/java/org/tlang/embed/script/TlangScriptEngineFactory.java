package org.tlang.embed.script;

import java.util.List;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Makes {@code new ScriptEngineManager().getEngineByName("tlang")} work for a host with
 * {@code tlang-embed} on its class path (registered in {@code META-INF/services}). The runtime is
 * found as {@link org.tlang.embed.Tlang#start} finds it, at the first script.
 */
public final class TlangScriptEngineFactory implements ScriptEngineFactory {

    @Override
    public String getEngineName() {
        return "tlang";
    }

    @Override
    public String getEngineVersion() {
        String v = TlangScriptEngineFactory.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("t");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-tlang");
    }

    @Override
    public List<String> getNames() {
        return List.of("tlang", "T");
    }

    @Override
    public String getLanguageName() {
        return "T";
    }

    @Override
    public String getLanguageVersion() {
        return "1";
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> getNames().getFirst();
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "println(\"" + toDisplay.replace("\\", "\\\\").replace("\"", "\\\"").replace("{", "{{").replace("}", "}}") + "\")";
    }

    @Override
    public String getProgram(String... statements) {
        return Stream.of(statements).map(s -> "    " + s + ";\n").collect(Collectors.joining("", "pub fn main() {\n", "}\n"));
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new TlangScriptEngine(this);
    }
}
