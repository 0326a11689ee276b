package org.tlang.spi.natives;

/**
 * A function of a T module by name, as it crosses to another runtime: the module, the function and
 * the SHA-256 (hex) of the module's source, so the other side runs the very same version.
 */
public record ModuleFunction(String module, String function, String hash) {

    @Override
    public String toString() {
        return module + "." + function + "@" + hash.substring(0, Math.min(12, hash.length()));
    }
}
