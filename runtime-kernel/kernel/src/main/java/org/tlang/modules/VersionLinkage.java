package org.tlang.modules;

import java.lang.invoke.MutableCallSite;

import org.tlang.interp.NodeCompiler;
import org.tlang.runtime.EnumShape;
import org.tlang.runtime.Executable;
import org.tlang.runtime.StaticCell;
import org.tlang.runtime.StructShape;
import org.tlang.spi.tier.Linkage;
import org.tlang.tir.FunctionRef;
import org.tlang.tir.GlobalRef;
import org.tlang.tir.TExpr;
import org.tlang.tir.TStruct;

/** What code compiled for one module version links against (the tier SPI's {@link Linkage}). */
final class VersionLinkage implements Linkage {
    private final ModuleRegistry registry;
    private final BatchLinker overlay;
    private final NodeCompiler interpreter;
    /** The file of each module of the version. */
    private final java.util.Map<String, java.nio.file.Path> files;

    VersionLinkage(ModuleRegistry registry, BatchLinker overlay, java.util.Map<String, java.nio.file.Path> files) {
        this.registry = registry;
        this.overlay = overlay;
        this.files = files;
        this.interpreter = new NodeCompiler(overlay, registry.execHost());
    }

    @Override
    public MutableCallSite callSite(FunctionRef callee) {
        return registry.callSite(callee);
    }

    @Override
    public StaticCell global(GlobalRef ref) {
        synchronized (registry.lock) {
            return overlay.global(ref);
        }
    }

    @Override
    public StructShape struct(String name) {
        synchronized (registry.lock) {
            TStruct decl = overlay.structDecl(name);
            return decl == null ? null : overlay.struct(decl);
        }
    }

    @Override
    public EnumShape enumShape(String name) {
        synchronized (registry.lock) {
            try {
                return overlay.enumShape(name);
            } catch (IllegalStateException e) { // not a type this version sees
                return null;
            }
        }
    }

    @Override
    public Executable interpreted(TExpr expr) {
        synchronized (interpreter) {
            return interpreter.expression(expr);
        }
    }

    @Override
    public byte[] aheadOfTime(String format, String module) {
        java.nio.file.Path file = files.get(module);
        return file == null ? null : registry.aheadOfTime().read(format, module, file);
    }
}
