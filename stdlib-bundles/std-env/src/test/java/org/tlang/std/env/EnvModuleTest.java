package org.tlang.std.env;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.testing.TProgram;
import org.tlang.testing.TestHost;

class EnvModuleTest {
    @TempDir
    Path dir;

    static final String PROGRAM = """
            import std.env;

            fn main() {
                println(env.args());
                println(env.get("PATH").is_some());
                println(env.get("TLANG_SURELY_NOT_SET_42"));
                println(env.vars().contains_key("PATH"));
                println(env.cwd().len() > 0);
            }
            """;

    @Test
    void readsArgumentsVariablesAndTheWorkingDirectory() throws Exception {
        TProgram.Result r = TProgram.run(dir, PROGRAM, List.of(new EnvModule()), new TestHost(), "a", "b c");
        assertEquals(new TProgram.Result(0, "[\"a\", \"b c\"]\ntrue\nNone\ntrue\ntrue\n", ""), r);
    }

    @Test
    void aVariableTheProgramMayNotReadIsAbsent() throws Exception {
        TestHost host = new TestHost();
        host.deny("env");
        TProgram.Result r = TProgram.run(dir, PROGRAM, List.of(new EnvModule()), host);
        assertEquals(new TProgram.Result(0, "[]\nfalse\nNone\nfalse\ntrue\n", ""), r);
    }
}
