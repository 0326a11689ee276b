package org.tlang.std.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.encoding.EncodingModule;
import org.tlang.std.testing.TProgram;

class CryptoModuleTest {
    @TempDir
    Path dir;

    private TProgram.Result run(String source) throws Exception {
        return TProgram.run(dir, source, List.of(new CryptoModule(), new EncodingModule()));
    }

    private void expect(String source, String stdout) throws Exception {
        TProgram.Result r = run(source);
        assertEquals(0, r.status(), r.err());
        assertEquals(stdout, r.out());
    }

    @Test
    void digestsMatchTheirTestVectors() throws Exception {
        expect("""
                import std.crypto;
                import std.encoding.{hex};
                fn main() {
                    let abc = "abc".bytes();
                    println(hex(crypto.sha256(abc)));
                    println(hex(crypto.sha512(abc)));
                    println(hex(crypto.sha1(abc)));
                    println(hex(crypto.md5(abc)));
                    println(hex(crypto.hmac_sha256("key".bytes(), "The quick brown fox jumps over the lazy dog".bytes())));
                    println(hex(crypto.hmac_sha256(Bytes::new(), Bytes::new())));
                }
                """, """
                ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
                ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
                a9993e364706816aba3e25717850c26c9cd0d89d
                900150983cd24fb0d6963f7d28e17f72
                f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
                b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad
                """);
    }

    @Test
    void randomBytesHaveTheLengthAskedForAndDiffer() throws Exception {
        expect("""
                import std.crypto;
                fn main() {
                    let a = crypto.random_bytes(32);
                    println(a.len());
                    println(a == crypto.random_bytes(32));
                    println(crypto.random_bytes(0).len());
                }
                """, "32\nfalse\n0\n");
    }

    @Test
    void aNegativeOrHugeLengthIsAPanicNamingIt() throws Exception {
        TProgram.Result negative = run("import std.crypto;\nfn main() { crypto.random_bytes(-5); }\n");
        assertEquals(101, negative.status());
        assertTrue(negative.err().contains("panic: crypto.random_bytes: negative n -5"), negative.err());
        TProgram.Result huge = run("import std.crypto;\nfn main() { crypto.random_bytes(1 << 40); }\n");
        assertEquals(101, huge.status());
        assertTrue(huge.err().contains("panic: crypto.random_bytes: n 1099511627776 is too large"), huge.err());
        assertFalse(huge.err().contains("at java."), huge.err());
    }

    @Test
    void constantTimeEqComparesContents() throws Exception {
        expect("""
                import std.crypto;
                fn main() {
                    println(crypto.constant_time_eq("tag".bytes(), "tag".bytes()));
                    println(crypto.constant_time_eq("tag".bytes(), "tax".bytes()));
                    println(crypto.constant_time_eq("tag".bytes(), "tags".bytes()));
                    println(crypto.constant_time_eq(Bytes::new(), Bytes::new()));
                }
                """, "true\nfalse\nfalse\ntrue\n");
    }
}
