package org.tlang.embed.script;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.tlang.api.Context;
import org.tlang.api.ContextOptions;
import org.tlang.api.TlangException;
import org.tlang.api.Value;

/**
 * T as a JSR 223 engine. A script is a T module: {@link #eval} compiles it (each script a module
 * of its own, {@code script1}, {@code script2}, ...) and, when it declares {@code pub fn main()},
 * calls that and returns its result as plain Java ({@link Value#toJava}); {@link #invokeFunction}
 * calls a pub fn of the latest script that declares it. Bindings are not visible to T code; its
 * output goes to the script context's writers. One engine is one {@link Context}.
 */
final class TlangScriptEngine extends AbstractScriptEngine implements Invocable {
    private static final Pattern MAIN = Pattern.compile("\\bpub\\s+fn\\s+main\\s*\\(\\s*\\)");

    private final ScriptEngineFactory factory;
    private Context tContext;
    private Path folder;
    /** The scripts evaluated so far, by module name, in order, with their source. */
    private final List<String[]> scripts = new ArrayList<>();

    TlangScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
    }

    private synchronized Context tContext() throws ScriptException {
        if (tContext == null) {
            try {
                folder = SharedRuntime.newFolder();
                PrintStream out = new PrintStream(new WriterStream(() -> getContext().getWriter()), false, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(new WriterStream(() -> getContext().getErrorWriter()), false, StandardCharsets.UTF_8);
                tContext = SharedRuntime.get().runtime().context(ContextOptions.of(folder).printingTo(out, err));
            } catch (IOException | RuntimeException e) {
                throw failure(e);
            }
        }
        return tContext;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        Context c = tContext();
        String module;
        synchronized (this) {
            module = "script" + (scripts.size() + 1);
            try {
                Files.writeString(folder.resolve(module + ".t"), script);
            } catch (IOException e) {
                throw failure(e);
            }
            scripts.add(new String[] {module, script});
        }
        try {
            c.load(module);
            if (!MAIN.matcher(script).find()) return null;
            return withContext(context, () -> c.execute(module, "main").toJava());
        } catch (TlangException e) {
            throw failure(e);
        }
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) > 0; ) sb.append(buf, 0, n);
        } catch (IOException e) {
            throw failure(e);
        }
        return eval(sb.toString(), context);
    }

    private interface Call {
        Object run();
    }

    /** Runs {@code call} with T output going to {@code context}'s writers. */
    private synchronized Object withContext(ScriptContext context, Call call) {
        ScriptContext before = getContext();
        setContext(context);
        try {
            return call.run();
        } finally {
            setContext(before);
        }
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        Context c = tContext();
        Pattern declared = Pattern.compile("\\bpub\\s+fn\\s+" + Pattern.quote(name) + "\\b");
        String module = null;
        synchronized (this) {
            for (int i = scripts.size() - 1; i >= 0 && module == null; i--) {
                if (declared.matcher(scripts.get(i)[1]).find()) module = scripts.get(i)[0];
            }
        }
        if (module == null) throw new NoSuchMethodException("no script evaluated so far declares `pub fn " + name + "`");
        Value[] values = new Value[args == null ? 0 : args.length];
        try {
            for (int i = 0; i < values.length; i++) values[i] = Value.from(args[i]);
            String m = module;
            return c.execute(m, name, values).toJava();
        } catch (TlangException | IllegalArgumentException e) {
            throw failure(e);
        }
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException {
        throw new ScriptException("T values have no methods a host can call: use invokeFunction");
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        if (type == null || !type.isInterface()) throw new IllegalArgumentException("not an interface: " + type);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) return method.invoke(this, args);
            return invokeFunction(method.getName(), args);
        }));
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        throw new IllegalArgumentException("T values have no methods a host can call: use getInterface(Class)");
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    private static ScriptException failure(Exception e) {
        String message = e instanceof TlangException t && t.panic() != null ? t.rendered().strip() : e.getMessage();
        ScriptException s = new ScriptException(message);
        s.initCause(e);
        return s;
    }
}
