package org.tlang.std.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tlang.std.testing.TProgram;

class EncodingModuleTest {
    @TempDir
    Path dir;

    private void expect(String source, String stdout) throws Exception {
        TProgram.Result r = TProgram.run(dir, source, List.of(new EncodingModule()));
        assertEquals(0, r.status(), r.err());
        assertEquals(stdout, r.out());
    }

    @Test
    void hexRoundTrips() throws Exception {
        expect("""
                import std.encoding;
                fn main() {
                    let b = "hé\\n".bytes();
                    println(encoding.hex(b));
                    println(encoding.from_hex("68C3A90a"));
                    println(encoding.from_hex(encoding.hex(b)).unwrap() == b);
                    println(encoding.hex(Bytes::new()));
                    println(encoding.from_hex("").unwrap().len());
                }
                """, "68c3a90a\nOk([104, 195, 169, 10])\ntrue\n\n0\n");
    }

    @Test
    void badHexIsAnErrNamingTheOffset() throws Exception {
        expect("""
                import std.encoding;
                fn main() {
                    println(encoding.from_hex("12g4"));
                    println(encoding.from_hex("abc"));
                    println(encoding.from_hex("ab cd"));
                    println(encoding.from_hex("é0"));
                }
                """, """
                Err("invalid hex digit 'g' at offset 2")
                Err("odd number of hex digits (3): the last byte at offset 2 is incomplete")
                Err("invalid hex digit U+0020 at offset 2")
                Err("invalid hex digit 'é' at offset 0")
                """);
    }

    @Test
    void base64RoundTrips() throws Exception {
        expect("""
                import std.encoding;
                fn main() {
                    println(encoding.base64("hello".bytes()));
                    println(encoding.base64("hi".bytes()));
                    println(encoding.base64(Bytes::new()));
                    println(encoding.from_base64("aGVsbG8=").unwrap().to_str());
                    println(encoding.from_base64("aGk").unwrap().to_str());
                    println(encoding.from_base64("aGk=").unwrap().to_str());
                    println(encoding.from_base64("+/8=").unwrap());
                    println(encoding.from_base64("").unwrap().len());
                }
                """, "aGVsbG8=\naGk=\n\nhello\nhi\nhi\n[251, 255]\n0\n");
    }

    @Test
    void badBase64IsAnErrNamingTheOffset() throws Exception {
        expect("""
                import std.encoding;
                fn main() {
                    println(encoding.from_base64("aGV*bG8="));
                    println(encoding.from_base64("aGVsb"));
                    println(encoding.from_base64("aGk=="));
                    println(encoding.from_base64("a=Gk"));
                    println(encoding.from_base64("aGk==="));
                    println(encoding.from_base64("-_8"));
                }
                """, """
                Err("invalid base64 character '*' at offset 3")
                Err("truncated base64: the character at offset 4 starts a group of 4 that has only 1")
                Err("wrong base64 padding at offset 3: the text with '=' must be a multiple of 4 long, it is 5")
                Err("invalid base64 character '=' at offset 1")
                Err("invalid base64 character '=' at offset 3")
                Err("invalid base64 character '-' at offset 0")
                """);
    }
}
