package org.tlang.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.testing.Switches;
import org.tlang.testing.TestHost;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.Type;

class LinkageTest {
    @TempDir
    Path dir;

    static long compiledTwice(long x) {
        return 1000 + x * 2;
    }

    @Test
    void callSitesFollowTheCellAndInstalledCodeServesEveryCaller() throws Throwable {
        Path f = dir.resolve("calc.t");
        Files.writeString(f, "pub fn twice(x: Int) -> Int { x * 2 }\npub fn run() -> Int { twice(21) }\n");
        ModuleRegistry reg = new ModuleRegistry(new TestHost());
        reg.load(f);
        FunctionRef twice = new FunctionRef("calc", "twice", new Type.Fn(List.of(Type.INT), Type.INT));
        MutableCallSite site = reg.callSite(twice);
        assertEquals(MethodType.methodType(long.class, long.class), site.type());
        assertEquals(42L, (long) site.dynamicInvoker().invokeExact(21L));

        Files.writeString(f, "pub fn twice(x: Int) -> Int { x * 2 + 1 }\npub fn run() -> Int { twice(21) }\n");
        Switches.switchTo(reg, f);
        assertEquals(43L, (long) site.dynamicInvoker().invokeExact(21L));

        MethodHandle compiled = MethodHandles.lookup().findStatic(LinkageTest.class, "compiledTwice",
                MethodType.methodType(long.class, long.class));
        reg.install(twice, compiled);
        assertEquals(1042L, (long) site.dynamicInvoker().invokeExact(21L));
        assertEquals("1042", reg.call("calc", "run"));

        // a new version replaces the installed code: its source is what the user changed
        Files.writeString(f, "pub fn twice(x: Int) -> Int { x * 2 + 2 }\npub fn run() -> Int { twice(21) }\n");
        Switches.switchTo(reg, f);
        assertEquals(44L, (long) site.dynamicInvoker().invokeExact(21L));
        assertEquals("44", reg.call("calc", "run"));
    }
}
