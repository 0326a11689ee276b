import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** A host that knows only javax.script, run by ScriptEngineIT in a JVM of its own: it must end when main does. */
public class ScriptHost {
    public static void main(String[] args) throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("tlang");
        System.out.println(engine.eval("pub fn main() -> Str { \"one plus two is {1 + 2}\" }"));
        System.out.println(((Invocable) engine).invokeFunction("main"));
    }
}
