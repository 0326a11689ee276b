package org.tlang.std.crypto;

import java.lang.invoke.MethodHandles;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Component;
import org.tlang.runtime.Bytes;
import org.tlang.runtime.PanicException;
import org.tlang.runtime.Vec;
import org.tlang.spi.natives.JavaModule;
import org.tlang.spi.natives.NativeModule;

/**
 * {@code std.crypto}: message digests (SHA-256, SHA-512, and SHA-1 and MD5 for interoperability
 * only), HMAC-SHA256, secure random bytes and a comparison whose time does not depend on where
 * the inputs differ. Everything is the JDK's (java.security, javax.crypto).
 */
@Component(service = NativeModule.class)
public final class CryptoModule extends JavaModule {
    private static final SecureRandom RANDOM = new SecureRandom();

    public CryptoModule() {
        super("std.crypto", "", MethodHandles.lookup());
        function("sha256", "fn(Bytes) -> Bytes", "sha256");
        function("sha512", "fn(Bytes) -> Bytes", "sha512");
        function("sha1", "fn(Bytes) -> Bytes", "sha1");
        function("md5", "fn(Bytes) -> Bytes", "md5");
        function("hmac_sha256", "fn(Bytes, Bytes) -> Bytes", "hmacSha256");
        function("random_bytes", "fn(Int) -> Bytes", "randomBytes");
        function("constant_time_eq", "fn(Bytes, Bytes) -> Bool", "constantTimeEq");
    }

    public static Bytes sha256(Bytes data) {
        return digest("SHA-256", data);
    }

    public static Bytes sha512(Bytes data) {
        return digest("SHA-512", data);
    }

    public static Bytes sha1(Bytes data) {
        return digest("SHA-1", data);
    }

    public static Bytes md5(Bytes data) {
        return digest("MD5", data);
    }

    public static Bytes hmacSha256(Bytes key, Bytes data) {
        byte[] k = key.toArray();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // An empty key is valid HMAC (RFC 2104 pads it with zeros) but SecretKeySpec refuses it;
            // a block of zeros is the same key.
            mac.init(new SecretKeySpec(k.length == 0 ? new byte[64] : k, "HmacSHA256"));
            return new Bytes(mac.doFinal(data.toArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    /** {@code n} bytes from the JDK's {@link SecureRandom} (the OS's entropy source by default). */
    public static Bytes randomBytes(long n) {
        if (n < 0) throw new PanicException("crypto.random_bytes: negative n " + n);
        if (n > Vec.MAX_LENGTH) throw new PanicException("crypto.random_bytes: n " + n + " is too large");
        byte[] out;
        try {
            out = new byte[(int) n];
        } catch (OutOfMemoryError e) {
            // one array too large for the heap: nothing else was allocated, so going on is safe
            throw new PanicException("crypto.random_bytes: n " + n + " does not fit in memory");
        }
        RANDOM.nextBytes(out);
        return new Bytes(out);
    }

    /** Equal contents; the time taken depends only on the lengths (MessageDigest.isEqual). */
    public static boolean constantTimeEq(Bytes a, Bytes b) {
        return MessageDigest.isEqual(a.toArray(), b.toArray());
    }

    private static Bytes digest(String algorithm, Bytes data) {
        try {
            return new Bytes(MessageDigest.getInstance(algorithm).digest(data.toArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
    }
}
