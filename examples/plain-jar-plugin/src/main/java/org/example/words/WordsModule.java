package org.example.words;

import java.lang.invoke.MethodHandles;
import java.util.Locale;

import org.tlang.spi.natives.JavaModule;

/** {@code wordstats}: counting and shouting words, a native T module that knows nothing of OSGi. */
public final class WordsModule extends JavaModule {
    public WordsModule() {
        super("wordstats", "", MethodHandles.lookup());
        function("count", "fn(Str) -> Int", "count");
        function("shout", "fn(Str) -> Str", "shout");
    }

    static long count(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    static String shout(String text) {
        return text.toUpperCase(Locale.ROOT) + "!";
    }
}
