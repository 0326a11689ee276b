package org.tlang.jit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tlang.runtime.StructLayout;

/**
 * The class loader of one module version's compiled functions (one class per function). Its
 * classes are ordinary, not hidden, so they appear in JVM stack traces with their T file and line;
 * when the version is retired and no call runs in it any more, the loader and its classes are
 * unloaded together.
 */
final class VersionLoader extends ClassLoader {
    private static final String STRUCTS = StructLayout.PACKAGE + ".";
    private final Map<String, Object[]> constants = new ConcurrentHashMap<>();

    VersionLoader(String module, ClassLoader parent) {
        super("tlang-jit:" + module, parent);
    }

    Class<?> define(String name, byte[] bytes, Object[] constants) {
        this.constants.put(name, constants);
        return defineClass(name, bytes, 0, bytes.length);
    }

    Object[] constants(String className) {
        return constants.get(className);
    }

    /** Struct classes are the kernel's own, in a loader no bundle sees: compiled code gets them from the kernel. */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(STRUCTS)) return StructLayout.classNamed(name);
        return super.loadClass(name, resolve);
    }
}
