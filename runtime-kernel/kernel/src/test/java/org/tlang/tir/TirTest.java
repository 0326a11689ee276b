package org.tlang.tir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.modules.LoadedModule;
import org.tlang.modules.ModuleRegistry;
import org.tlang.testing.TRunner;
import org.tlang.testing.TestHost;

class TirTest {
    @TempDir
    Path dir;

    @Test
    void everyNodeIsTypedAndLocalsAreNumbered() throws Exception {
        Path f = dir.resolve("m.t");
        Files.writeString(f, """
                fn add(a: Int, b: Float) -> Float { a as Float + b }
                fn main() { let mut n = 0; let bump = || { n += 1; }; bump(); println(add(n, 0.5)); }
                """);
        LoadedModule m = new ModuleRegistry(new TestHost()).load(f);
        TFunction add = m.tir().function("add");
        assertEquals(new Type.Fn(List.of(Type.INT, Type.FLOAT), Type.FLOAT), add.signature());
        assertEquals("""
                fn add(%0 a: Int, %1 b: Float) -> Float [locals 2]
                  block : Float
                    =>
                      binary + : Float
                        cast : Float
                          local %0 a: Int
                        local %1 b: Float
                """, TirPrinter.print(add));
        String main = TirPrinter.print(m.tir().function("main"));
        assertTrue(main.contains("let %0 n: Int mut boxed"), main);
        assertTrue(main.contains("call m.add fn(Int, Float) -> Float : Float"), main);
        List<TExpr> all = new ArrayList<>();
        collect(m.tir().function("main").body(), all);
        for (TExpr e : all) assertTrue(e.type().isGround() && !(e.type() instanceof Type.Var), e::toString);
    }

    private static void collect(TExpr e, List<TExpr> out) {
        out.add(e);
        if (e instanceof TExpr.Block b) {
            b.statements().forEach(s -> collect(s, out));
            if (b.result() != null) collect(b.result(), out);
        } else if (e instanceof TExpr.Let l) {
            collect(l.init(), out);
        } else if (e instanceof TExpr.Intrinsic in) {
            in.args().forEach(a -> collect(a, out));
        } else if (e instanceof TExpr.Call c) {
            c.args().forEach(a -> collect(a, out));
        }
    }

    @Test
    void printerCoversTheSamples() throws Exception {
        Path sample = TRunner.resource("structs_enums.t");
        Path f = dir.resolve("structs_enums.t");
        Files.copy(sample, f);
        String text = TirPrinter.print(new ModuleRegistry(new TestHost()).load(f).tir());
        assertTrue(text.contains("match : Float"), text);
        assertTrue(text.contains("variant structs_enums.Shape::Circle"), text);
    }
}
